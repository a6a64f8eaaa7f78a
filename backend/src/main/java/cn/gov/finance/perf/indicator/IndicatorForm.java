package cn.gov.finance.perf.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A library indicator as finance maintains it or a department proposes it. */
public record IndicatorForm(@NotBlank @Size(max = 32) String categoryCode, @NotBlank @Size(max = 200) String name,
		@Size(max = 32) String industryCode, @NotNull IndicatorComparator comparator, @Size(max = 32) String unit,
		@Size(max = 1000) String description) {
}
