package cn.gov.finance.perf.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.gov.finance.perf.indicator.IndicatorComparator;
import cn.gov.finance.perf.system.DomainException;

/**
 * The self-evaluation scoring rules of domain.md §3.4, as pure functions. Scores round to two
 * decimals, half up.
 */
public final class Scoring {

	/** The points of a full score: grades and weights are on a 100-point scale. */
	public static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private Scoring() {
	}

	/** How far a qualitative indicator was reached, with the band of its weight it may score in. */
	public enum Achievement {

		/** 达成: 80–100 % */
		ACHIEVED("0.80", "1.00", true),
		/** 部分达成: 60 to under 80 % */
		PARTLY("0.60", "0.80", false),
		/** 未达成: under 60 % */
		NOT("0.00", "0.60", false);

		private final BigDecimal low;

		private final BigDecimal high;

		private final boolean highInclusive;

		Achievement(String low, String high, boolean highInclusive) {
			this.low = new BigDecimal(low);
			this.high = new BigDecimal(high);
			this.highInclusive = highInclusive;
		}

		public boolean allows(BigDecimal score, BigDecimal weight) {
			BigDecimal min = weight.multiply(this.low);
			BigDecimal max = weight.multiply(this.high);
			return score.compareTo(min) >= 0
					&& (this.highInclusive ? score.compareTo(max) <= 0 : score.compareTo(max) < 0);
		}

		/** The refusal of a score outside the band of this weight, naming the band. */
		DomainException outOfBand(String field, BigDecimal weight) {
			BigDecimal min = weight.multiply(this.low);
			BigDecimal max = weight.multiply(this.high);
			return this.highInclusive ? DomainException.invalid(field, "evaluation.scoreBand", min, max)
					: DomainException.invalid(field, "evaluation.scoreBandBelow", min, max);
		}

	}

	/** The score of a quantitative indicator (≥, ≤, =) from its target, actual value and weight. */
	public static BigDecimal quantitative(IndicatorComparator comparator, BigDecimal target, BigDecimal actual,
			BigDecimal weight) {
		BigDecimal score = switch (comparator) {
			case GE -> atLeast(target, actual, weight);
			case EQ -> target.signum() == 0 ? (actual.signum() <= 0 ? weight : BigDecimal.ZERO)
					: atLeast(target, actual, weight);
			case LE -> atMost(target, actual, weight);
			case QUALITATIVE -> throw new IllegalArgumentException("a qualitative indicator is scored by hand");
		};
		return round(score);
	}

	/** The hand-given score of a qualitative indicator, if it lies in the band of its achievement. */
	public static BigDecimal qualitative(Achievement achievement, BigDecimal score, BigDecimal weight, String field) {
		if (score == null) {
			throw DomainException.invalid(field, "evaluation.qualitativeScoreRequired");
		}
		if (!achievement.allows(score, weight)) {
			throw achievement.outOfBand(field, weight);
		}
		return round(score);
	}

	/** The budget-execution part: weight × spent ÷ adjusted budget, at most the weight. */
	public static BigDecimal execution(BigDecimal spent, BigDecimal budget, BigDecimal weight) {
		if (budget == null || budget.signum() <= 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		BigDecimal rate = spent.divide(budget, 10, RoundingMode.HALF_UP).min(BigDecimal.ONE);
		return round(weight.multiply(rate));
	}

	/** Whether an actual value is so far above target that it must be explained (threshold configurable). */
	public static boolean needsExplanation(IndicatorComparator comparator, BigDecimal target, BigDecimal actual,
			BigDecimal threshold) {
		return comparator.numeric() && target != null && target.signum() > 0 && actual != null
				&& actual.compareTo(target.multiply(threshold)) >= 0;
	}

	public static BigDecimal round(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/** A quotient rounded like every score: 2 decimals, half up. */
	public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
		return dividend.divide(divisor, 2, RoundingMode.HALF_UP);
	}

	private static BigDecimal atLeast(BigDecimal target, BigDecimal actual, BigDecimal weight) {
		if (actual.compareTo(target) >= 0) {
			return weight;
		}
		if (target.signum() <= 0 || actual.signum() <= 0) {
			return BigDecimal.ZERO;
		}
		return weight.multiply(actual).divide(target, 10, RoundingMode.HALF_UP);
	}

	private static BigDecimal atMost(BigDecimal target, BigDecimal actual, BigDecimal weight) {
		if (actual.compareTo(target) <= 0) {
			return weight;
		}
		if (target.signum() <= 0 || actual.compareTo(target.multiply(TWO)) >= 0) {
			return BigDecimal.ZERO;
		}
		BigDecimal over = actual.subtract(target).divide(target, 10, RoundingMode.HALF_UP);
		return weight.multiply(BigDecimal.ONE.subtract(over));
	}

}
