package cn.gov.finance.perf.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the result-application tasks. */
public final class ApplicationForms {

	private ApplicationForms() {
	}

	public record Feedback(@NotBlank @Size(max = 2000) String feedback) {
	}

	public record Plan(@NotEmpty @Size(max = 50) List<@Valid @NotNull PlanItem> items) {
	}

	public record PlanItem(@NotBlank @Size(max = 1000) String issue, @NotBlank @Size(max = 1000) String measure,
			@NotNull LocalDate deadline) {
	}

	public record ClosureReport(@NotNull @Size(max = 50) List<@Valid @NotNull Closure> items) {
	}

	public record Closure(@NotNull Boolean closed, @Size(max = 1000) String evidence) {
	}

	public record ClosureVerification(@NotNull ClosureVerdict verdict, @NotBlank @Size(max = 2000) String opinion) {
	}

	public enum ClosureVerdict {

		/** 全部销号 */
		CLOSED,
		/** 未完成，退回继续整改 */
		REOPEN

	}

	/** The budget office records the link to next year's budget: the amount it will arrange. */
	public record Linkage(@NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal confirmedAmount,
			@NotBlank @Size(max = 2000) String opinion) {
	}

}
