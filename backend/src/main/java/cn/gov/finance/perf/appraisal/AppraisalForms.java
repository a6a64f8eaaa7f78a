package cn.gov.finance.perf.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.finance.perf.appraisal.AppraisalStatus.CirculationDecision;
import cn.gov.finance.perf.appraisal.AppraisalStatus.VerificationDecision;
import cn.gov.finance.perf.system.FiscalYear;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the appraisal. */
public final class AppraisalForms {

	private AppraisalForms() {
	}

	/** Opens the round of a fiscal year for every League department and county finance bureau. */
	public record AppraisalStart(@NotNull @FiscalYear @Schema(minimum = "2000", maximum = "2100") Integer fiscalYear) {
	}

	public record AppraisalScoreInput(@NotNull Long entryId,
			@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal score,
			@Size(max = 2000) String comment) {
	}

	/** A score for every body of the round. */
	public record AppraisalScores(@NotEmpty @Size(max = 500) List<@Valid @NotNull AppraisalScoreInput> entries) {
	}

	/** Scores to grade by the grade table without storing anything. */
	public record AppraisalGradePreview(@NotNull @Size(max = 500) List<
			@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal> scores) {
	}

	/** Release the circular (its text), or send the scores back for revision (the reason). */
	public record AppraisalCirculation(@NotNull CirculationDecision decision, @NotBlank @Size(max = 4000) String circular) {
	}

	/** The interview (约谈) held with a poor body, and the deadline it must rectify by. */
	public record AppraisalInterview(@NotNull LocalDate interviewDate, @NotBlank @Size(max = 1000) String attendees,
			@NotBlank @Size(max = 4000) String problems, @NotNull LocalDate rectifyDue) {
	}

	public record AppraisalRectification(@NotBlank @Size(max = 4000) String rectification) {
	}

	public record AppraisalVerification(@NotNull VerificationDecision decision,
			@NotBlank @Size(max = 2000) String opinion) {
	}

}
