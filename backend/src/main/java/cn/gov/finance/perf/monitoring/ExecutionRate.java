package cn.gov.finance.perf.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * domain.md §3.3: execution value = (spent ÷ budget) ÷ (month ÷ 12) × 100, to one decimal. The
 * light for a value comes from the ExecutionWarning decision table.
 */
public final class ExecutionRate {

	private ExecutionRate() {
	}

	public static BigDecimal value(BigDecimal spent, BigDecimal budget, int month) {
		if (budget == null || budget.signum() <= 0 || month <= 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return spent.multiply(BigDecimal.valueOf(1200))
			.divide(budget.multiply(BigDecimal.valueOf(month)), 1, RoundingMode.HALF_UP);
	}

	/**
	 * What should have been spent by the cut-off but was not: budget × month ÷ 12 − spent (never
	 * negative).
	 */
	public static BigDecimal shortfall(BigDecimal spent, BigDecimal budget, int month) {
		BigDecimal expected = budget.multiply(BigDecimal.valueOf(month)).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
		return expected.subtract(spent).max(BigDecimal.ZERO);
	}

}
