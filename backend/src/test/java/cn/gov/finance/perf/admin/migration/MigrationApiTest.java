package cn.gov.finance.perf.admin.migration;

import static cn.gov.finance.perf.SliceApi.assessment;
import static cn.gov.finance.perf.SliceApi.proposal;
import static cn.gov.finance.perf.SliceApi.review;
import static cn.gov.finance.perf.SliceApi.targetSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.IntegrationTest;
import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.admin.ProcessDeployer;
import cn.gov.finance.perf.target.process.TargetCompilationProcess;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * Migration of running items to a new version of their process: a version of the target
 * compilation without its fill-in step is deployed; an item still filling in stays where it is and
 * is said so, an item past it moves, keeps its task and its inbox row, and the run reports both.
 * Batch jobs are executed by the test (the job executor is off). Afterwards the packaged model is
 * deployed again, so the tests after this one start items on the packaged version.
 */
@IntegrationTest
class MigrationApiTest {

	private static final String RESOURCE = "target/TargetCompilationProcess.bpmn";

	@Autowired
	private SliceApi api;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private ManagementService management;

	@Autowired
	private ProcessDeployer deployer;

	@AfterEach
	void deployThePackagedModelAgain() {
		this.deployer.deployChanged();
	}

	@Test
	void shouldMoveItemsWhoseStepMapsAndLeaveTheOthersWhereTheyAre() throws Exception {
		String filling = itemInTargetCompilation();
		String submitted = itemInTargetCompilation();
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", submitted) + "/target-sheet", targetSheet())
			.andExpect(status().isOk());
		ProcessInstance stays = instanceOf(filling);
		ProcessInstance moves = instanceOf(submitted);
		String source = stays.getProcessDefinitionId();
		assertThat(moves.getProcessDefinitionId()).isEqualTo(source);
		Task taskBefore = this.tasks.createTaskQuery().processInstanceId(moves.getId()).singleResult();
		String target = deployWithoutTheFillInStep();

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

		runBatch(batchId);

		JsonNode done = this.api.read(this.api.get("admin", "/api/admin/migrations/runs/{id}", batchId).andExpect(status().isOk()));
		assertThat(done.get("finished").asBoolean()).isTrue();
		assertThat(done.get("migrated").asInt()).isEqualTo(1);
		assertThat(outcome(done, moves.getId())).isEqualTo("MIGRATED");
		assertThat(outcome(done, stays.getId())).isEqualTo("SKIPPED");
		assertThat(find(done.get("items"), "processInstanceId", stays.getId()).get("reason").asText())
			.contains("留在原版本");
		assertThat(instanceOf(submitted).getProcessDefinitionId()).isEqualTo(target);
		assertThat(instanceOf(filling).getProcessDefinitionId()).isEqualTo(source);
		Task taskAfter = this.tasks.createTaskQuery().processInstanceId(moves.getId()).singleResult();
		assertThat(taskAfter.getId()).as("the item keeps its task").isEqualTo(taskBefore.getId());
		assertThat(taskAfter.getProcessDefinitionId()).isEqualTo(target);
		assertThat(this.api.taskOf(taskAfter.getAssignee() != null ? taskAfter.getAssignee() : "edu", submitted))
			.isEqualTo(taskBefore.getId());
		assertThat(this.api.read(this.api.get("admin", "/api/admin/migrations/runs")).findValuesAsText("batchId")).contains(batchId);

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

	private String itemInTargetCompilation() throws Exception {
		Map<String, Object> proposal = proposal("edu", null, false);
		proposal.put("fiscalYear", 2097);
		String code = this.api.propose("edu", proposal);
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isCreated());
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", code) + "/assessment-review", review("SUPPORTED"))
			.andExpect(status().isCreated());
		return code;
	}

	private ProcessInstance instanceOf(String code) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(TargetCompilationProcess.KEY)
			.processInstanceBusinessKey(code)
			.singleResult();
	}

	/** The packaged model with the fill-in step renamed: a new version where that step has no counterpart. */
	private String deployWithoutTheFillInStep() throws Exception {
		String xml = new ClassPathResource("processes/" + RESOURCE).getContentAsString(StandardCharsets.UTF_8)
			.replace("\"" + TargetCompilationProcess.TASK_FILL + "\"", "\"Task_FillTargetsElsewhere\"")
			.replace(">" + TargetCompilationProcess.TASK_FILL + "<", ">Task_FillTargetsElsewhere<");
		assertThat(xml).doesNotContain("\"" + TargetCompilationProcess.TASK_FILL + "\"");
		return this.repository.createDeployment()
			.name(ProcessDeployer.DEPLOYMENT_NAME)
			.addString(RESOURCE, xml)
			.deployWithResult()
			.getDeployedProcessDefinitions()
			.get(0)
			.getId();
	}

	/** Executes the batch's seed, migration and monitor jobs until Camunda removes the finished batch. */
	private void runBatch(String batchId) {
		for (int round = 0; round < 20; round++) {
			Batch batch = this.management.createBatchQuery().batchId(batchId).singleResult();
			if (batch == null) {
				return;
			}
			List<Job> jobs = new ArrayList<>();
			for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
					batch.getMonitorJobDefinitionId())) {
				jobs.addAll(this.management.createJobQuery().jobDefinitionId(definition).list());
			}
			jobs.forEach(job -> this.management.executeJob(job.getId()));
		}
		throw new AssertionError("batch " + batchId + " did not finish");
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
