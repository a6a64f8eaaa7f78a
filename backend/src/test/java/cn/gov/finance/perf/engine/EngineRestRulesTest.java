package cn.gov.finance.perf.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import cn.gov.finance.perf.engine.EngineRestRules.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineRestRulesTest {

	private static final Set<String> APP = Set.of("ExAnteAssessmentProcess");

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(nullValues = "ALLOWED", value = { "GET, /version, ALLOWED", "GET, /engine, ALLOWED",
			"GET, /process-definition/count, ALLOWED", "GET, /process-definition/key/X/xml, ALLOWED",
			"GET, /task/t1/variables, ALLOWED", "GET, /history/task, ALLOWED", "GET, /engine/default/task/count, ALLOWED",
			"POST, /deployment/create, ALLOWED", "DELETE, /deployment/d1, ALLOWED",
			"PUT, /job/j1/duedate, ALLOWED", "PUT, /job/j1/retries, ALLOWED", "POST, /job/j1/execute, ALLOWED",
			"PUT, /job-definition/jd/retries, ALLOWED", "PUT, /incident/i1/annotation, ALLOWED",
			"GET, /external-task, ALLOWED", "POST, /process-definition/key/ModelerOnly/start, ALLOWED",
			"POST, /process-definition/ModelerOnly:1:abc/start, ALLOWED",
			"POST, /task/t1/complete, TASK", "POST, /engine/default/task/t1/complete, TASK",
			"POST, /task/t1/submit-form, TASK", "POST, /task/t1/resolve, TASK", "POST, /task/t1/claim, TASK",
			"POST, /task/t1/unclaim, TASK", "POST, /task/t1/assignee, TASK", "POST, /task/t1/delegate, TASK",
			"PUT, /task/t1/variables/decision, TASK", "POST, /task/t1/localVariables, TASK", "POST, /task/create, TASK",
			"DELETE, /task/t1, TASK", "POST, /task, TASK",
			"PUT, /process-instance/p1/variables/decision, VARIABLES", "POST, /process-instance/p1/variables, VARIABLES",
			"DELETE, /process-instance/p1/variables/decision, VARIABLES", "POST, /execution/e1/localVariables, VARIABLES",
			"POST, /process-instance/p1/modification, PROCESS", "DELETE, /process-instance/p1, PROCESS",
			"PUT, /process-instance/p1/suspended, PROCESS", "POST, /message, PROCESS", "POST, /signal, PROCESS",
			"POST, /execution/e1/signal, PROCESS", "POST, /process-definition/key/ExAnteAssessmentProcess/start, PROCESS",
			"POST, /process-definition/ExAnteAssessmentProcess:3:abc/start, PROCESS",
			"POST, /process-definition/key/ExAnteAssessmentProcess/submit-form, PROCESS", "POST, /migration/execute, PROCESS",
			"POST, /user/create, NOT_ALLOWED", "PUT, /job/j1/suspended, NOT_ALLOWED", "POST, /deployment/d1/redeploy, NOT_ALLOWED",
			"GET, /user, NOT_ALLOWED", "GET, /authorization, NOT_ALLOWED", "POST, /version/, NOT_ALLOWED",
			"GET, /version/, NOT_ALLOWED", "GET, /VERSION, NOT_ALLOWED" })
	void shouldAllowOnlyTheListAndNameTheRuleOfARefusal(String method, String path, Refusal expected) {
		assertThat(EngineRestRules.refusal(method, path, null, APP::contains)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "true, CASCADE", "TRUE, CASCADE", "yes, CASCADE", "false, ALLOWED" })
	void shouldDeleteADeploymentOnlyWithoutItsInstances(String cascade, String expected) {
		Refusal refusal = EngineRestRules.refusal("DELETE", "/deployment/d1", cascade, APP::contains);
		assertThat(refusal == null ? "ALLOWED" : refusal.name()).isEqualTo(expected);
	}

}
