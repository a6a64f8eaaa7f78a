package cn.gov.finance.perf.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.lang.Nullable;

/**
 * domain.md §3.3: execution value = (spent ÷ budget) ÷ (month ÷ 12) × 100. The light for a value
 * comes from the ExecutionWarning decision table and is decided on the exact value; only the
 * display rounds (1,199,999 of 8,000,000 in month 3 is 59.99995: red, shown as 60.0).
 */
public final class ExecutionRate {

	/**
	 * Decimals kept of the exact value. It is floored, not rounded, so for every threshold with up to
	 * this many decimals "value &lt; threshold" holds exactly when it holds for the unrounded quotient.
	 */
	static final int EXACT_SCALE = 10;

	private ExecutionRate() {
	}

	/**
	 * The execution value the rules decide on, or {@code null} when there is no budget (zero or
	 * missing) or no elapsed month: such a report has the light NO_BUDGET, never 0 % red.
	 */
	@Nullable
	public static BigDecimal exact(@Nullable BigDecimal spent, @Nullable BigDecimal budget, int month) {
		if (budget == null || budget.signum() <= 0 || month <= 0) {
			return null;
		}
		BigDecimal paid = spent == null ? BigDecimal.ZERO : spent;
		return paid.multiply(BigDecimal.valueOf(1200))
			.divide(budget.multiply(BigDecimal.valueOf(month)), EXACT_SCALE, RoundingMode.FLOOR);
	}

	/** The value as shown: one decimal, half up. */
	@Nullable
	public static BigDecimal display(@Nullable BigDecimal exact) {
		return exact == null ? null : exact.setScale(1, RoundingMode.HALF_UP);
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
