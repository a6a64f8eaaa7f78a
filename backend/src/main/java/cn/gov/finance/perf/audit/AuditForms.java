package cn.gov.finance.perf.audit;

import java.math.BigDecimal;

import cn.gov.finance.perf.audit.AuditFinding.Category;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the audit reviews. */
public final class AuditForms {

	private AuditForms() {
	}

	public record AuditReviewOpen(@NotBlank @Size(max = 2000) String scope) {
	}

	/**
	 * A finding. {@code clientKey} is chosen by the client once per finding (a UUID): sending the
	 * same finding again (a retry, a double click) returns the one already recorded.
	 */
	public record AuditFindingInput(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+") String clientKey,
			@NotNull Category category, @NotNull Boolean serious, @NotBlank @Size(max = 4000) String description,
			@DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal amount) {
	}

	/** A referral (移送) of a finding to discipline inspection. */
	public record AuditReferral(@NotBlank @Size(max = 200) String referredTo, @NotBlank @Size(max = 64) String referralNo,
			@NotBlank @Size(max = 2000) String reason) {
	}

	public record AuditReviewClose(@NotBlank @Size(max = 4000) String conclusion) {
	}

}
