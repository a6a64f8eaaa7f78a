package cn.gov.finance.perf.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.finance.perf.evaluation.EvaluationEnums.RecheckDecision;
import cn.gov.finance.perf.evaluation.Scoring.Achievement;
import cn.gov.finance.perf.system.FiscalYear;
import cn.gov.finance.perf.target.TargetEnums.DepartmentDecision;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the self-evaluation tasks. */
public final class SelfEvaluationForms {

	private SelfEvaluationForms() {
	}

	/** The self-evaluation: spending and, per indicator, the actual value or the qualitative achievement. */
	public record Fill(@NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal spentAmount,
			@Size(max = 2000) String summary, @NotNull @Size(max = 100) List<@Valid @NotNull RowInput> rows) {
	}

	public record RowInput(@DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal actualValue,
			@Size(max = 200) String actualText, Achievement achievement,
			@DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal score,
			@Size(max = 1000) String explanation) {
	}

	public record EvaluationDepartmentReview(@NotNull DepartmentDecision decision,
			@NotBlank @Size(max = 2000) String opinion) {
	}

	/** Finance's re-check: accept, or change scores (one per row, in order) with a reason. */
	public record Recheck(@NotNull RecheckDecision decision, @NotBlank @Size(max = 2000) String reason,
			@Size(max = 100) List<@DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal> scores) {
	}

	public record EvaluationChase(@NotBlank @Size(max = 2000) String note) {
	}

	public record Window(@NotNull @FiscalYear @Schema(minimum = "2000", maximum = "2100") Integer fiscalYear, @NotNull LocalDate opensOn, @NotNull LocalDate dueOn) {
	}

}
