package cn.gov.finance.perf.admin.migration;

import static cn.gov.finance.perf.SliceApi.targetSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.target.process.TargetCompilationProcess;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Migration of running items to a new version of their process: a version of the target
 * compilation without its fill-in step is deployed; an item still filling in stays where it is and
 * is said so, an item past it moves, keeps its task and its inbox row, and the run reports both.
 * Batch jobs are executed by the test (the job executor is off). Afterwards the packaged model is
 * deployed again, so the tests after this one start items on the packaged version.
 */
@IntegrationTest
class MigrationApiTest {

	@Autowired
	private SliceApi api;

	@Autowired
	private MigrationFixtures fixtures;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private TaskService tasks;

	@AfterEach
	void deployThePackagedModelAgain() {
		this.fixtures.deployThePackagedModels();
	}

	@Test
	void shouldMoveItemsWhoseStepMapsAndLeaveTheOthersWhereTheyAre() throws Exception {
		String filling = this.fixtures.itemInTargetCompilation(2097);
		String submitted = this.fixtures.itemInTargetCompilation(2097);
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", submitted) + "/target-sheet", targetSheet())
			.andExpect(status().isOk());
		ProcessInstance stays = this.fixtures.instanceOf(filling);
		ProcessInstance moves = this.fixtures.instanceOf(submitted);
		String source = stays.getProcessDefinitionId();
		assertThat(moves.getProcessDefinitionId()).isEqualTo(source);
		Task taskBefore = this.tasks.createTaskQuery().processInstanceId(moves.getId()).singleResult();
		String target = this.fixtures.deployWithoutTheFillInStep();

		JsonNode processes = this.api.read(this.api.get("admin", "/api/admin/migrations/processes").andExpect(status().isOk()));
		JsonNode compilation = find(processes, "processKey", TargetCompilationProcess.KEY);
		assertThat(compilation.get("latest").get("definitionId").asText()).isEqualTo(target);
		assertThat(compilation.get("older").findValuesAsText("definitionId")).contains(source);

		JsonNode preview = this.api.read(this.api.get("admin", "/api/admin/migrations/preview?source={s}", source)
			.andExpect(status().isOk()));
		assertThat(preview.get("target").get("definitionId").asText()).isEqualTo(target);
		JsonNode unmapped = find(preview.get("unmapped"), "activityId", TargetCompilationProcess.TASK_FILL);
		assertThat(unmapped.get("reasonCode").asText()).isEqualTo("migration.step.missing");
		assertThat(unmapped.get("reason").asText()).contains("新版本中没有步骤");
		assertThat(preview.get("mapped").findValuesAsText("sourceActivityId"))
			.contains(TargetCompilationProcess.TASK_DEPARTMENT_REVIEW, TargetCompilationProcess.TASK_FINANCE_REVIEW)
			.doesNotContain(TargetCompilationProcess.TASK_FILL);
		JsonNode stayPreview = find(preview.get("instances"), "processInstanceId", stays.getId());
		assertThat(stayPreview.get("migratable").asBoolean()).isFalse();
		assertThat(stayPreview.get("itemCode").asText()).isEqualTo(filling);
		assertThat(stayPreview.get("reason").asText()).contains(TargetCompilationProcess.TASK_FILL);
		assertThat(find(preview.get("instances"), "processInstanceId", moves.getId()).get("migratable").asBoolean()).isTrue();

		JsonNode run = this.api.read(this.api.post("admin", "/api/admin/migrations/runs",
				Map.of("sourceDefinitionId", source, "processInstanceIds", List.of(stays.getId(), moves.getId())))
			.andExpect(status().isCreated()));
		assertThat(run.get("queued").asInt()).isEqualTo(1);
		assertThat(run.get("skipped").asInt()).isEqualTo(1);
		assertThat(run.get("finished").asBoolean()).isFalse();
		assertThat(outcome(run, moves.getId())).isEqualTo("PENDING");
		String batchId = run.get("batchId").asText();

		this.fixtures.runBatch(batchId);

		JsonNode done = this.api.read(this.api.get("admin", "/api/admin/migrations/runs/{id}", batchId).andExpect(status().isOk()));
		assertThat(done.get("finished").asBoolean()).isTrue();
		assertThat(done.get("migrated").asInt()).isEqualTo(1);
		assertThat(outcome(done, moves.getId())).isEqualTo("MIGRATED");
		assertThat(outcome(done, stays.getId())).isEqualTo("SKIPPED");
		assertThat(find(done.get("items"), "processInstanceId", stays.getId()).get("reason").asText())
			.contains("留在原版本");
		assertThat(this.fixtures.instanceOf(submitted).getProcessDefinitionId()).isEqualTo(target);
		assertThat(this.fixtures.instanceOf(filling).getProcessDefinitionId()).isEqualTo(source);
		Task taskAfter = this.tasks.createTaskQuery().processInstanceId(moves.getId()).singleResult();
		assertThat(taskAfter.getId()).as("the item keeps its task").isEqualTo(taskBefore.getId());
		assertThat(taskAfter.getProcessDefinitionId()).isEqualTo(target);
		assertThat(this.api.taskOf(taskAfter.getAssignee() != null ? taskAfter.getAssignee() : "edu", submitted))
			.isEqualTo(taskBefore.getId());
		assertThat(this.api.read(this.api.get("admin", "/api/admin/migrations/runs")).findValuesAsText("batchId")).contains(batchId);
		JsonNode logged = this.api.read(this.api.get("admin", "/api/admin/audit-log?action=migration.started&text={b}", batchId)
			.andExpect(status().isOk()));
		assertThat(logged.get("content")).as("the start is in the administration audit log").hasSize(1);
		assertThat(logged.get("content").get(0).get("actor").asText()).isEqualTo("admin");
		assertThat(logged.get("content").get(0).get("target").asText()).isEqualTo(TargetCompilationProcess.KEY);

		// Nothing left to move: a second run of the one that stays is refused, nothing is queued.
		this.api.post("admin", "/api/admin/migrations/runs",
				Map.of("sourceDefinitionId", source, "processInstanceIds", List.of(stays.getId())))
			.andExpect(status().isUnprocessableEntity());
		// An instance that is not on the source version is named.
		this.api.post("admin", "/api/admin/migrations/runs",
				Map.of("sourceDefinitionId", source, "processInstanceIds", List.of(moves.getId())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void shouldLetOnlyAdministratorsMigrate() throws Exception {
		String definition = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(TargetCompilationProcess.KEY)
			.latestVersion()
			.singleResult()
			.getId();
		for (String user : List.of("perf", "edu")) {
			this.api.get(user, "/api/admin/migrations/processes").andExpect(status().isForbidden());
			this.api.get(user, "/api/admin/migrations/preview?source={s}", definition).andExpect(status().isForbidden());
			this.api.get(user, "/api/admin/migrations/runs").andExpect(status().isForbidden());
			this.api.post(user, "/api/admin/migrations/runs", Map.of("sourceDefinitionId", definition))
				.andExpect(status().isForbidden());
		}
		this.api.get("admin", "/api/admin/migrations/preview?source={s}", "NOPE:1:1").andExpect(status().isBadRequest());
		this.api.get("admin", "/api/admin/migrations/preview?source={s}", definition)
			.andExpect(status().isBadRequest());
	}

	private static String outcome(JsonNode run, String processInstanceId) {
		return find(run.get("items"), "processInstanceId", processInstanceId).get("outcome").asText();
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (value.equals(node.path(field).asText())) {
				return node;
			}
		}
		throw new AssertionError("no " + field + "=" + value + " in " + array);
	}

}
