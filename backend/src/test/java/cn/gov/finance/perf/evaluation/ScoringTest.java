package cn.gov.finance.perf.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import cn.gov.finance.perf.evaluation.Scoring.Achievement;
import cn.gov.finance.perf.indicator.IndicatorComparator;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** domain.md §3.4 scoring and §5 examples 3, 4 and 5. */
class ScoringTest {

	@ParameterizedTest(name = "≥ target 100, actual {0}, weight 10 → {1}")
	@CsvSource({ "80, 8.00", "120, 10.00", "100, 10.00", "0, 0.00", "33.333, 3.33" })
	void shouldScoreAtLeastIndicatorsAsExample3(String actual, String score) {
		assertThat(Scoring.quantitative(IndicatorComparator.GE, bd("100"), bd(actual), bd("10"))).isEqualByComparingTo(score)
			.hasScaleOf(2);
	}

	@ParameterizedTest(name = "≤ target 90, actual {0}, weight 10 → {1}")
	@CsvSource({ "85, 10.00", "90, 10.00", "99, 9.00", "135, 5.00", "179.99, 0.00", "180, 0.00", "250, 0.00" })
	void shouldScoreAtMostIndicatorsAsExample4(String actual, String score) {
		assertThat(Scoring.quantitative(IndicatorComparator.LE, bd("90"), bd(actual), bd("10"))).isEqualByComparingTo(score);
	}

	@ParameterizedTest(name = "= target {0}, actual {1}, weight 10 → {2}")
	@CsvSource({ "100, 100, 10.00", "100, 95, 9.50", "100, 130, 10.00", "0, 0, 10.00", "0, -1, 10.00", "0, 1, 0.00" })
	void shouldScoreEqualsIndicatorsLikeAtLeastWithTheZeroTargetRule(String target, String actual, String score) {
		assertThat(Scoring.quantitative(IndicatorComparator.EQ, bd(target), bd(actual), bd("10"))).isEqualByComparingTo(score);
	}

	@Test
	void shouldAcceptAndRejectQualitativeScoresByTheirBandAsExample5() {
		assertThat(Scoring.qualitative(Achievement.PARTLY, bd("7.5"), bd("10"), "s")).isEqualByComparingTo("7.50");
		assertThatThrownBy(() -> Scoring.qualitative(Achievement.PARTLY, bd("8.0"), bd("10"), "s"))
			.isInstanceOf(DomainException.class)
			.extracting(ex -> ((DomainException) ex).detail())
			.isEqualTo(Message.of("evaluation.scoreBandBelow", 6, 8));
		assertThatThrownBy(() -> Scoring.qualitative(Achievement.PARTLY, bd("5.9"), bd("10"), "s"))
			.isInstanceOf(DomainException.class);
		assertThat(Scoring.qualitative(Achievement.ACHIEVED, bd("10"), bd("10"), "s")).isEqualByComparingTo("10.00");
		assertThat(Scoring.qualitative(Achievement.ACHIEVED, bd("8"), bd("10"), "s")).isEqualByComparingTo("8.00");
		assertThatThrownBy(() -> Scoring.qualitative(Achievement.NOT, bd("6"), bd("10"), "s")).isInstanceOf(DomainException.class);
		assertThat(Scoring.qualitative(Achievement.NOT, bd("5.99"), bd("10"), "s")).isEqualByComparingTo("5.99");
	}

	@Test
	void shouldScoreBudgetExecutionAsTheShareSpentOfTheAdjustedBudget() {
		assertThat(Scoring.execution(bd("950000"), bd("1000000"), bd("10"))).isEqualByComparingTo("9.50");
		assertThat(Scoring.execution(bd("1200000"), bd("1000000"), bd("10"))).isEqualByComparingTo("10.00");
		assertThat(Scoring.execution(bd("1"), bd("3"), bd("10"))).isEqualByComparingTo("3.33");
	}

	@Test
	void shouldAskForAnExplanationAt130PercentOfTarget() {
		assertThat(Scoring.needsExplanation(IndicatorComparator.GE, bd("100"), bd("130"), bd("1.3"))).isTrue();
		assertThat(Scoring.needsExplanation(IndicatorComparator.GE, bd("100"), bd("129.99"), bd("1.3"))).isFalse();
		assertThat(Scoring.needsExplanation(IndicatorComparator.QUALITATIVE, null, null, bd("1.3"))).isFalse();
	}

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

}
