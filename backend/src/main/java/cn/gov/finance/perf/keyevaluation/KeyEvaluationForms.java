package cn.gov.finance.perf.keyevaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.finance.perf.keyevaluation.KeyEvaluationStatus.ApprovalDecision;
import cn.gov.finance.perf.system.FiscalYear;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the key-evaluation draw and tasks. */
public final class KeyEvaluationForms {

	/** The largest seed a browser shows exactly: 2^53 − 1 (JavaScript's Number.MAX_SAFE_INTEGER). */
	public static final long MAX_SEED = (1L << 53) - 1;

	private KeyEvaluationForms() {
	}

	/**
	 * The draw of a fiscal year. Without a sample rate the configured one applies; without a seed a
	 * random one is drawn and recorded. Giving a seed repeats a draw made elsewhere. Seeds stay within
	 * 2^53 − 1 so that a browser shows and sends them back exactly.
	 */
	public record KeyDraw(@NotNull @FiscalYear @Schema(minimum = "2000", maximum = "2100") Integer fiscalYear,
			@DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal sampleRate,
			@Min(0) @Max(MAX_SEED) Long seed) {
	}

	/** One number per level-1 indicator: 决策, 过程, 产出, 效益. */
	public record KeyLevelValues(@NotNull @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal decision,
			@NotNull @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal process,
			@NotNull @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal output,
			@NotNull @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal effect) {

		Levels levels() {
			return new Levels(this.decision, this.process, this.output, this.effect);
		}
	}

	/** 评价方案: weights, who carries it out (finance, or a commissioned third party), which experts score. */
	public record KeyPlan(@NotNull @Valid KeyLevelValues weights, @Size(max = 64) String thirdPartyCode,
			@NotNull @Size(max = 9) List<@NotBlank @Size(max = 64) String> experts,
			@NotBlank @Size(max = 2000) String planNote, @NotNull LocalDate reportDue) {
	}

	/** The evaluator's scores, findings and report; attachments are uploaded to the task beforehand. */
	public record KeyReport(@NotNull @Valid KeyLevelValues scores, @NotBlank @Size(max = 4000) String findings,
			@NotBlank @Size(max = 20000) String report) {
	}

	/** One expert's scores with an opinion. */
	public record KeyExpertScore(@NotNull @Valid KeyLevelValues scores, @NotBlank @Size(max = 2000) String opinion) {
	}

	/** Finance approves the final scores (the experts' mean, else the evaluator's) or returns the report. */
	public record KeyApproval(@NotNull ApprovalDecision decision, @NotBlank @Size(max = 2000) String opinion) {
	}

}
