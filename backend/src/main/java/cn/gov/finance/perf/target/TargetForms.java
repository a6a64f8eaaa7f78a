package cn.gov.finance.perf.target;

import java.math.BigDecimal;

import cn.gov.finance.perf.target.TargetEnums.AdjustmentReason;
import cn.gov.finance.perf.target.TargetEnums.BudgetDecision;
import cn.gov.finance.perf.target.TargetEnums.CriterionRating;
import cn.gov.finance.perf.target.TargetEnums.DepartmentDecision;
import cn.gov.finance.perf.target.TargetEnums.TargetGrade;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.lang.Nullable;

/** The request bodies of the target review tasks. */
public final class TargetForms {

	private TargetForms() {
	}

	/** The department passes its unit's targets on to finance, or returns them. */
	public record DepartmentReview(@NotNull DepartmentDecision decision, @NotBlank @Size(max = 2000) String opinion) {
	}

	/** Finance's review against 完整性, 相关性, 适当性, 可行性, and the grade. */
	public record FinanceReview(@NotNull CriterionRating completeness, @NotNull CriterionRating relevance,
			@NotNull CriterionRating appropriateness, @NotNull CriterionRating feasibility, @NotNull TargetGrade grade,
			@NotBlank @Size(max = 2000) String opinion) {
	}

	/** The budget office approves budget and target together, or does not fund the item. */
	public record BudgetApproval(@NotNull BudgetDecision decision,
			@DecimalMin(value = "0.01", message = "{validation.positive}") @Digits(integer = 16,
					fraction = 2) BigDecimal approvedAmount,
			@NotBlank @Size(max = 2000) String opinion,
			@Nullable @Size(max = 500) String overRequestReason) {

		/** Approving no more than was requested needs no reason. */
		public BudgetApproval(BudgetDecision decision, BigDecimal approvedAmount, String opinion) {
			this(decision, approvedAmount, opinion, null);
		}

	}

	/** The level-1 weights of the scoring template; they must add up to 100 (domain.md §5 example 2). */
	public record Weights(@NotNull @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal executionWeight,
			@NotNull @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal outputWeight,
			@NotNull @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal benefitWeight,
			@NotNull @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal satisfactionWeight) {
	}

	/** A department asks to change its approved target. */
	public record AdjustmentRequest(@NotNull AdjustmentReason reason, @NotBlank @Size(max = 2000) String note) {
	}

}
