package cn.gov.finance.perf.engine;

import static cn.gov.finance.perf.SliceApi.assessment;
import static cn.gov.finance.perf.SliceApi.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine guard in the application's engine: an application task completed outside the task
 * pipeline is refused and stays open, even by an administrator and with the task's own variables;
 * through the pipeline it completes. Items of fiscal year {@value #YEAR} belong to this class.
 */
@IntegrationTest
class EngineGuardTest {

	static final int YEAR = 2086;

	static final String FILL = "Task_FillAssessment";

	@Autowired
	private SliceApi api;

	@Autowired
	private TaskService taskService;

	@Autowired
	private FormService formService;

	@Autowired
	private IdentityService identityService;

	private String fill(String code) throws Exception {
		return this.api.taskWithKey("edu", code, FILL);
	}

	private String propose() throws Exception {
		Map<String, Object> body = proposal("edu", null, false);
		body.put("fiscalYear", YEAR);
		return this.api.propose("edu", body);
	}

	@Test
	void shouldRefuseACompletionOutsideThePipelineAndKeepTheTaskOpen() throws Exception {
		String code = propose();
		String task = fill(code);

		// The engine wraps what a task listener throws (ENGINE-03051); the guard's refusal is the cause.
		assertThatThrownBy(() -> this.taskService.complete(task)).hasRootCauseInstanceOf(TaskCompletionRefusedException.class)
			.hasMessageContaining(task)
			.hasMessageContaining(FILL);
		this.identityService.setAuthentication("admin", List.of("camunda-admin"));
		try {
			assertThatThrownBy(() -> this.taskService.complete(task, Map.of("decision", "APPROVE")))
				.hasRootCauseInstanceOf(TaskCompletionRefusedException.class);
			assertThatThrownBy(() -> this.formService.submitTaskForm(task, Map.of()))
				.hasRootCauseInstanceOf(TaskCompletionRefusedException.class);
			// The mark is for one task: marking another does not let this one through.
			assertThatThrownBy(() -> TaskCompletionGuard.completing("another-task", () -> this.taskService.complete(task)))
				.hasRootCauseInstanceOf(TaskCompletionRefusedException.class);
		}
		finally {
			this.identityService.clearAuthentication();
		}
		assertThat(this.taskService.createTaskQuery().taskId(task).count()).as("still open").isEqualTo(1);
		assertThat(this.taskService.getVariables(task)).doesNotContainKey("decision");
		assertThat(fill(code)).isEqualTo(task);
	}

	@Test
	void shouldCompleteThroughThePipeline() throws Exception {
		String code = propose();
		String task = fill(code);
		this.api.post("edu", "/api/tasks/" + task + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isCreated());
		assertThat(this.taskService.createTaskQuery().taskId(task).count()).isZero();
	}

}
