package cn.gov.finance.perf.target;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.finance.perf.indicator.IndicatorComparator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A target sheet as the filler edits it. Field sizes are checked on every save; completeness
 * (goals, every category, weights, values) only when it is submitted.
 */
public record TargetSheetForm(@Size(max = 2000) String overallGoal, @Size(max = 2000) String annualGoal,
		@NotNull @Size(max = 100) List<@Valid @NotNull TargetIndicatorInput> indicators) {

	public record TargetIndicatorInput(@Size(max = 32) String level1, @Size(max = 32) String level2,
			@Size(max = 200) String name, Long indicatorId, IndicatorComparator comparator,
			@Digits(integer = 14, fraction = 4) BigDecimal targetValue, @Size(max = 200) String targetText,
			@Size(max = 32) String unit,
			@DecimalMin(value = "0.01", message = "{validation.positive}") @DecimalMax("100") @Digits(integer = 3,
					fraction = 2) BigDecimal weight) {
	}

}
