package cn.gov.finance.perf.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Finance's decision with its opinion. */
public record ReviewForm(@NotNull AssessmentDecision decision, @NotBlank @Size(max = 2000) String opinion) {
}
