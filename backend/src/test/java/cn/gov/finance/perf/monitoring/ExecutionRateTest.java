package cn.gov.finance.perf.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import cn.gov.finance.perf.monitoring.MonitoringEnums.Light;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * domain.md §3.3 exactly as written: the light is decided on the unrounded execution value (only the
 * display rounds), and a report without a budget is NO_BUDGET, not 0 % red.
 */
@Deployment(resources = { "processes/monitoring/ExecutionWarning.dmn", "processes/monitoring/SlowExecutionRecovery.dmn" })
class ExecutionRateTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

	private MonitoringRules rules() {
		return new MonitoringRules(engine.getDecisionService());
	}

	@Test
	void shouldDecideRedOnTheExactValueWhichDisplaysAsSixty() {
		BigDecimal exact = ExecutionRate.exact(new BigDecimal("1199999"), new BigDecimal("8000000"), 3);

		assertThat(exact).isEqualByComparingTo("59.99995");
		assertThat(ExecutionRate.display(exact)).isEqualByComparingTo("60.0");
		assertThat(rules().light(exact)).isEqualTo(Light.RED);
		assertThat(rules().light(ExecutionRate.display(exact))).as("the rounded value would be yellow")
			.isEqualTo(Light.YELLOW);
	}

	/** domain.md §5 example 8: month 7, budget 1,000,000. */
	@ParameterizedTest(name = "spent {0} → {1} {2}")
	@CsvSource({ "350000, 60.0, YELLOW", "340000, 58.3, RED", "500000, 85.7, GREEN" })
	void shouldLightExample8(String spent, String shown, Light light) {
		BigDecimal exact = ExecutionRate.exact(new BigDecimal(spent), new BigDecimal("1000000"), 7);

		assertThat(ExecutionRate.display(exact)).isEqualByComparingTo(shown);
		assertThat(rules().light(exact)).isEqualTo(light);
	}

	@Test
	void shouldFloorSoThatAValueAHairBelowAThresholdStaysBelowIt() {
		// 466,666 of 1,000,000 in month 7 is 79.9998857…: yellow, although it is shown as 80.0.
		BigDecimal exact = ExecutionRate.exact(new BigDecimal("466666"), new BigDecimal("1000000"), 7);

		assertThat(exact).isEqualByComparingTo("79.9998857142");
		assertThat(exact.compareTo(new BigDecimal(80))).isNegative();
		assertThat(rules().light(exact)).isEqualTo(Light.YELLOW);
		// Exactly on the threshold stays on it: 466,666.67 ≥ 80 × 7 ÷ 1200 × 1,000,000 = 466,666.666…
		assertThat(rules().light(ExecutionRate.exact(new BigDecimal("466666.67"), new BigDecimal("1000000"), 7)))
			.isEqualTo(Light.GREEN);
	}

	@ParameterizedTest(name = "budget {0}")
	@CsvSource(value = { "0", "0.00", "NULL" }, nullValues = "NULL")
	void shouldGiveNoBudgetInsteadOfZeroPercentRed(BigDecimal budget) {
		BigDecimal exact = ExecutionRate.exact(new BigDecimal("0"), budget, 7);

		assertThat(exact).isNull();
		assertThat(ExecutionRate.display(exact)).isNull();
		assertThat(rules().light(exact)).isEqualTo(Light.NO_BUDGET);
		assertThat(rules().slowExecutionRecovery(exact, new BigDecimal("1000"))).isEqualByComparingTo("0");
	}

	@Test
	void shouldRecoverTheShareOfTheExactValue() {
		// 29.99995 is below 30: the whole shortfall, though it is shown as 30.0 (which would recover half).
		BigDecimal exact = ExecutionRate.exact(new BigDecimal("599999"), new BigDecimal("8000000"), 3);

		assertThat(ExecutionRate.display(exact)).isEqualByComparingTo("30.0");
		assertThat(rules().slowExecutionRecovery(exact, new BigDecimal("1000.00"))).isEqualByComparingTo("1000.00");
	}

}
