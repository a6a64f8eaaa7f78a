package cn.gov.finance.perf.keyevaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.finance.perf.system.FieldMessage;
import org.junit.jupiter.api.Test;

/** The level-1 indicators of a key evaluation: weights sum to 100, scores within their weight, means rounded. */
class LevelsTest {

	static final Levels WEIGHTS = levels("15", "15", "35", "35");

	@Test
	void shouldAcceptWeightsSummingTo100AndRejectOthersWithTheSum() {
		assertThat(WEIGHTS.weightProblems("weights")).isEmpty();

		List<FieldMessage> problems = levels("15", "15", "35", "30").weightProblems("weights");
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("weights");
			assertThat(p.code()).isEqualTo("keyevaluation.weightsTotal");
			assertThat(p.params()).containsExactly("95");
		});
		assertThat(levels("0", "30", "35", "35").weightProblems("weights")).extracting(FieldMessage::field)
			.containsExactly("weights.decision");
	}

	@Test
	void shouldKeepEveryScoreBetweenZeroAndItsWeight() {
		assertThat(levels("15", "0", "35", "20.5").scoreProblems("scores", WEIGHTS)).isEmpty();
		assertThat(levels("15.01", "-1", "35", "20").scoreProblems("scores", WEIGHTS)).extracting(FieldMessage::field)
			.containsExactly("scores.decision", "scores.process");
	}

	@Test
	void shouldAverageScorersPerLevelToTwoDecimals() {
		Levels mean = Levels.mean(List.of(levels("12", "13", "31", "32"), levels("13", "13", "30", "30"),
				levels("13", "14", "30", "31")));

		assertThat(mean.getDecision()).isEqualByComparingTo("12.67");
		assertThat(mean.getProcess()).isEqualByComparingTo("13.33");
		assertThat(mean.getOutput()).isEqualByComparingTo("30.33");
		assertThat(mean.getEffect()).isEqualByComparingTo("31.00");
		assertThat(mean.total()).isEqualByComparingTo("87.33");
	}

	private static Levels levels(String decision, String process, String output, String effect) {
		return new Levels(new BigDecimal(decision), new BigDecimal(process), new BigDecimal(output), new BigDecimal(effect));
	}

}
