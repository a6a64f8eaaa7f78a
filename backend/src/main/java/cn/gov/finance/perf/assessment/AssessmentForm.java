package cn.gov.finance.perf.assessment;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The assessor's submission: a score per dimension, a proposed conclusion and a summary. */
public record AssessmentForm(@NotEmpty @Size(max = 20) List<@Valid @NotNull ScoreInput> scores,
		@NotNull AssessmentDecision conclusion, @NotBlank @Size(max = 2000) String summary) {

	public record ScoreInput(@NotBlank String dimension, @NotNull @Digits(integer = 3, fraction = 2) BigDecimal score,
			@Size(max = 500) String remark) {
	}

}
