package cn.gov.finance.perf.admin.migration;

import static cn.gov.finance.perf.SliceApi.assessment;
import static cn.gov.finance.perf.SliceApi.proposal;
import static cn.gov.finance.perf.SliceApi.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.admin.ProcessDeployer;
import cn.gov.finance.perf.admin.models.ModelDeployments;
import cn.gov.finance.perf.admin.models.PackagedModels;
import cn.gov.finance.perf.target.process.TargetCompilationProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * For migration tests: items in target compilation, a new version of it without the fill-in step
 * (so an item still filling in cannot move), the batch's jobs run by hand (the job executor is off in
 * tests), and the packaged model deployed again afterwards for the tests that follow.
 */
@Component
public class MigrationFixtures {

	static final String RESOURCE = "target/TargetCompilationProcess.bpmn";

	/** The fill-in step's id in the version {@link #deployWithoutTheFillInStep()} deploys. */
	public static final String RENAMED_FILL = "Task_FillTargetsElsewhere";

	@Autowired
	private SliceApi api;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private ManagementService management;

	@Autowired
	private ModelDeployments deployments;

	/** A supported project of {@code edu} in the given year: its target compilation waits at the fill-in step. */
	public String itemInTargetCompilation(int fiscalYear) throws Exception {
		Map<String, Object> proposal = proposal("edu", null, false);
		proposal.put("fiscalYear", fiscalYear);
		String code = this.api.propose("edu", proposal);
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isCreated());
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", code) + "/assessment-review", review("SUPPORTED"))
			.andExpect(status().isCreated());
		return code;
	}

	public ProcessInstance instanceOf(String code) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(TargetCompilationProcess.KEY)
			.processInstanceBusinessKey(code)
			.singleResult();
	}

	/** The packaged model with the fill-in step renamed: a new version where that step has no counterpart. */
	public String deployWithoutTheFillInStep() throws IOException {
		String xml = new ClassPathResource("processes/" + RESOURCE).getContentAsString(StandardCharsets.UTF_8)
			.replace("\"" + TargetCompilationProcess.TASK_FILL + "\"", "\"" + RENAMED_FILL + "\"");
		assertThat(xml).doesNotContain("\"" + TargetCompilationProcess.TASK_FILL + "\"");
		// Name and source as ProcessDeployer's, so that its next deploy-changed-only compares with this one.
		return this.repository.createDeployment()
			.name(ProcessDeployer.DEPLOYMENT_NAME)
			.source(ProcessDeployer.DEPLOYMENT_NAME)
			.addString(RESOURCE, xml)
			.deployWithResult()
			.getDeployedProcessDefinitions()
			.get(0)
			.getId();
	}

	/**
	 * The packaged models again (the changed file only), as an administrator's upload would (a restart
	 * would not: {@code ProcessDeployer} keeps what was deployed in the app), so later tests start items on them.
	 */
	public void deployThePackagedModels() {
		this.deployments.deploy(PackagedModels.files(), ModelDeployments.Source.UPLOAD, "admin");
		String latest = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(TargetCompilationProcess.KEY)
			.latestVersion()
			.singleResult()
			.getId();
		assertThat((Object) this.repository.getBpmnModelInstance(latest).getModelElementById(TargetCompilationProcess.TASK_FILL))
			.as("the packaged target compilation is the latest again").isNotNull();
	}

	/** Executes the batch's seed, migration and monitor jobs until Camunda removes the finished batch. */
	public void runBatch(String batchId) {
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

	/** The only migration batch not yet finished (the one a browser started). */
	public String onlyMigrationBatch() {
		List<Batch> batches = this.management.createBatchQuery().type(Batch.TYPE_PROCESS_INSTANCE_MIGRATION).list();
		assertThat(batches).hasSize(1);
		return batches.get(0).getId();
	}

}
