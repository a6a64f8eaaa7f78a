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
@Deployment(resources = { "processes/lifecycle/AssessmentRequirement.dmn", "processes/target/TargetGradeRouting.dmn" })
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

	@Test
	void shouldRefuseAnUnknownGrade() {
		assertThat(engine.getDecisionService()
			.evaluateDecisionTableByKey("TargetGradeRouting", Map.of("targetGrade", "SPLENDID"))
			.getSingleResult()).isNull();
	}

}
