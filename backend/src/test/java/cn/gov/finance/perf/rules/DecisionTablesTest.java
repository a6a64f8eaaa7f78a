package cn.gov.finance.perf.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The configurable rules of chain I, evaluated from the DMN files an administrator deploys. */
@Deployment(resources = { "processes/lifecycle/AssessmentRequirement.dmn", "processes/target/TargetGradeRouting.dmn",
		"processes/monitoring/ExecutionWarning.dmn", "processes/monitoring/DeviationRouting.dmn",
		"processes/monitoring/SlowExecutionRecovery.dmn", "processes/evaluation/EvaluationGrade.dmn",
		"processes/application/BudgetLinkage.dmn" })
class DecisionTablesTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

	@ParameterizedTest(name = "{0} {1} expiring={2} → assessment required: {3}")
	@CsvSource({ "PROJECT, NEW, false, true", "POLICY, NEW, false, true", "TRANSFER_PAYMENT, NEW, false, true",
			"PROJECT, CONTINUING, true, true", "POLICY, CONTINUING, true, true", "PROJECT, CONTINUING, false, false",
			"DEPARTMENT_OVERALL, NEW, false, false", "DEPARTMENT_OVERALL, CONTINUING, true, false" })
	void shouldAssessNewAndExpiringItemsButNotDepartmentOverallBudgets(String kind, String continuity,
			boolean expiring, boolean required) {
		Map<String, Object> input = new HashMap<>();
		input.put("itemKind", kind);
		input.put("continuity", continuity);
		input.put("expiring", expiring);

		Object result = engine.getDecisionService()
			.evaluateDecisionTableByKey("AssessmentRequirement", input)
			.getSingleEntry();

		assertThat(result).isEqualTo(required);
	}

	@ParameterizedTest(name = "grade {0} → {1}")
	@CsvSource({ "EXCELLENT, PROCEED", "GOOD, REFINE", "FAIR, REVISE", "POOR, STOP" })
	void shouldRouteEachTargetGradeAsDomainSection32Says(String grade, String route) {
		Object result = engine.getDecisionService()
			.evaluateDecisionTableByKey("TargetGradeRouting", Map.of("targetGrade", grade))
			.getSingleEntry();

		assertThat(result).isEqualTo(route);
	}

	/**
	 * domain.md §5 example 8 (month 7, budget 1,000,000) and the exact rule: the light comes from the
	 * unrounded value, the shown value is rounded to one decimal.
	 */
	@ParameterizedTest(name = "budget {0}, month {1}, spent {2} → shown {3}, {4}")
	@CsvSource({ "1000000, 7, 350000, 60.0, YELLOW", "1000000, 7, 340000, 58.3, RED", "1000000, 7, 500000, 85.7, GREEN",
			"1000000, 7, 0, 0.0, RED", "1000000, 7, 466667, 80.0, GREEN", "1000000, 7, 466666, 80.0, YELLOW",
			"1000000, 7, 466600, 80.0, YELLOW", "8000000, 3, 1199999, 60.0, RED", "8000000, 3, 1200000, 60.0, YELLOW",
			"1000000, 7, 349999.99, 60.0, RED" })
	void shouldLightExecutionOnTheExactValueAsDomainExample8Says(String budget, int month, String spent, String shown,
			String light) {
		java.math.BigDecimal exact = cn.gov.finance.perf.monitoring.ExecutionRate.exact(new java.math.BigDecimal(spent),
				new java.math.BigDecimal(budget), month);
		assertThat(cn.gov.finance.perf.monitoring.ExecutionRate.display(exact)).isEqualByComparingTo(shown);
		Object result = engine.getDecisionService()
			.evaluateDecisionTableByKey("ExecutionWarning", Map.of("executionValue", exact.doubleValue()))
			.getSingleEntry();
		assertThat(result).isEqualTo(light);
	}

	@ParameterizedTest(name = "cause {0}, light {1} → {2}")
	@CsvSource({ "SERIOUS_PROBLEM, RED, SERIOUS_PROBLEM", "OBJECTIVE_CAUSE, RED, OBJECTIVE_CAUSE",
			"NONE, RED, SLOW_EXECUTION", "NONE, YELLOW, NONE", "NONE, GREEN, NONE", "OBJECTIVE_CAUSE, GREEN, OBJECTIVE_CAUSE" })
	void shouldClassifyDeviationsForRoutineMonitoring(String cause, String light, String deviation) {
		Object result = engine.getDecisionService()
			.evaluateDecisionTableByKey("DeviationRouting", Map.of("declaredCause", cause, "warningLight", light))
			.getSingleEntry();
		assertThat(result).isEqualTo(deviation);
	}

	@ParameterizedTest(name = "value {0} → share {1}")
	@CsvSource({ "10.0, 1.0", "29.9, 1.0", "30.0, 0.5", "58.3, 0.5", "60.0, 0.0", "85.7, 0.0" })
	void shouldRecoverAShareOfTheShortfallThatGrowsAsExecutionSlows(double value, double share) {
		Object result = engine.getDecisionService()
			.evaluateDecisionTableByKey("SlowExecutionRecovery", Map.of("executionValue", value))
			.getSingleEntry();
		assertThat(result).isEqualTo(share);
	}

	/** domain.md §5 example 1. */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "90.00, EXCELLENT", "100, EXCELLENT", "89.99, GOOD", "80.00, GOOD", "79.99, FAIR", "60.00, FAIR",
			"59.99, POOR", "0, POOR" })
	void shouldGradeTheTotalAsExample1(double total, String grade) {
		Object result = engine.getDecisionService()
			.evaluateDecisionTableByKey("EvaluationGrade", Map.of("totalScore", total))
			.getSingleEntry();
		assertThat(result).isEqualTo(grade);
	}

	/** domain.md §5 example 13: 差 cancels next year's budget, 中 cuts it by a proportion. */
	@ParameterizedTest(name = "{0} → {1} × {2}")
	@CsvSource({ "EXCELLENT, PRIORITY, 1.0", "GOOD, NORMAL, 1.0", "FAIR, CUT, 0.8", "POOR, CANCEL, 0.0" })
	void shouldLinkEachGradeToNextYearsBudgetAsExample13(String grade, String action, double rate) {
		var result = engine.getDecisionService()
			.evaluateDecisionTableByKey("BudgetLinkage", Map.of("evaluationGrade", grade))
			.getSingleResult();
		assertThat((Object) result.getEntry("linkageAction")).isEqualTo(action);
		assertThat((Object) result.getEntry("linkageRate")).isEqualTo(rate);
	}

	@Test
	void shouldRefuseAnUnknownGrade() {
		assertThat(engine.getDecisionService()
			.evaluateDecisionTableByKey("TargetGradeRouting", Map.of("targetGrade", "SPLENDID"))
			.getSingleResult()).isNull();
	}

}
