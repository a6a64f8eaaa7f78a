package cn.gov.finance.perf.overall;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.finance.perf.overall.BodyEvaluationStatus.FinanceDecision;
import cn.gov.finance.perf.system.FiscalYear;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the body evaluations. */
public final class BodyEvaluationForms {

	private BodyEvaluationForms() {
	}

	/**
	 * Starts an evaluation of a department (subject: its organisation code) or a county (subject: its
	 * division code). The base amount is what the result is linked to: for a county its transfer
	 * payments of the year (required); for a department its approved budget, taken from its funded
	 * items when not given.
	 */
	public record BodyEvaluationStart(@NotNull BodyKind kind, @NotNull @FiscalYear @Schema(minimum = "2000", maximum = "2100") Integer fiscalYear,
			@NotBlank @Size(max = 64) String subjectCode, @NotNull LocalDate selfReportDue,
			@DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal baseAmount) {
	}

	public record DimensionInput(@NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal score,
			@Size(max = 1000) String note) {
	}

	/** The body's self-report: one score (and note) per dimension, in order, and a summary. */
	public record BodySelfReport(@NotNull @Size(max = 10) List<@Valid @NotNull DimensionInput> rows,
			@NotBlank @Size(max = 4000) String summary) {
	}

	/** Finance scores each dimension (in order), or returns the self-report for more. */
	public record BodyFinanceScore(@NotNull FinanceDecision decision,
			@Size(max = 10) List<@DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal> scores,
			@NotBlank @Size(max = 2000) String opinion) {
	}

	public record BodyChase(@NotBlank @Size(max = 2000) String note) {
	}

	public record BodyLinkage(@NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal confirmedAmount,
			@NotBlank @Size(max = 2000) String opinion) {
	}

}
