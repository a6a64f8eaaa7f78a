package cn.gov.finance.perf.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Finance's decision with its opinion; {@code thirdPartyCode} names the institution when the
 * decision is to commission a third-party assessment.
 */
public record ReviewForm(@NotNull AssessmentDecision decision, @NotBlank @Size(max = 2000) String opinion,
		@Size(max = 32) String thirdPartyCode) {
}
