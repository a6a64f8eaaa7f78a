package cn.gov.finance.perf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.admin.migration.MigrationFixtures;
import cn.gov.finance.perf.target.process.TargetCompilationProcess;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrator's whole change, in a real headless Chromium: the target-review rule table
 * (TargetGradeRouting.dmn, one cell) and the target compilation stage model (a step renamed) uploaded
 * together; the validation shows the changed cell and the changed step; the deployment makes one new
 * version of each; the migration page lists the running item on the old version, and the administrator
 * migrates it to the new one, where it keeps its open task. The packaged files are deployed again
 * afterwards, so other tests see them.
 */
class ModelChangeToMigrationBrowserTest extends BrowserTest {

	private static final String DECISION = "TargetGradeRouting";

	private static final String RENAMED = "填报绩效目标（含指标值）";

	@Autowired
	private RepositoryService repositoryService;

	@Autowired
	private TaskService taskService;

	@Autowired
	private MigrationFixtures fixtures;

	@TempDir
	Path dir;

	@AfterEach
	void restorePackagedModels() {
		this.fixtures.deployThePackagedModels();
	}

	@Test
	void anAdministratorChangesTheRuleTableAndAStageModelSeesTheDifferenceDeploysAndMigrates() throws Exception {
		String item = this.fixtures.itemInTargetCompilation(2095);
		ProcessInstance running = this.fixtures.instanceOf(item);
		String source = running.getProcessDefinitionId();
		long decisions = this.repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION).count();

		Path table = this.dir.resolve(DECISION + ".dmn");
		Files.writeString(table, Files.readString(Path.of("..", "processes", "target", DECISION + ".dmn"))
			.replace("<text>\"REFINE\"</text>", "<text>\"REVISE\"</text>"));
		Path stage = this.dir.resolve("TargetCompilationProcess.bpmn");
		String packaged = Files.readString(Path.of("..", "processes", "target", "TargetCompilationProcess.bpmn"));
		String renamed = packaged.replace("id=\"" + TargetCompilationProcess.TASK_FILL + "\" name=\"填报绩效目标\"",
				"id=\"" + TargetCompilationProcess.TASK_FILL + "\" name=\"" + RENAMED + "\"");
		assertThat(renamed).as("the fill-in step is renamed").isNotEqualTo(packaged);
		Files.writeString(stage, renamed);

		this.browser.login("admin", Logins.PASSWORD);
		this.browser.go("/admin/models/deploy");
		this.browser.upload(By.cssSelector("input[type=file]"), table, stage);
		this.browser.click(By.cssSelector("[data-testid=models-validate]"));
		By cells = By.cssSelector("[data-testid=models-cells-" + DECISION + "]");
		this.browser.waitForText(cells, "\"REVISE\"");
		assertThat(this.browser.find(cells).getText()).contains("\"REFINE\"");
		By step = By.cssSelector("[data-testid='models-file-TargetCompilationProcess.bpmn']");
		this.browser.waitForText(step, TargetCompilationProcess.TASK_FILL);
		assertThat(this.browser.find(step).getText()).contains("填报绩效目标 → " + RENAMED);
		this.browser.screenshot("82-model-change-diff");

		this.browser.click(By.cssSelector("[data-testid=models-confirm]"));
		this.browser.waitForText(By.cssSelector("[data-testid=model-catalogue]"), DECISION);
		assertThat(this.repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION).count())
			.isEqualTo(decisions + 1);
		String target = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(TargetCompilationProcess.KEY)
			.latestVersion()
			.singleResult()
			.getId();
		assertThat(target).as("a new version of the stage model").isNotEqualTo(source);

		this.browser.go("/admin/migrations?source=" + source);
		By preview = By.cssSelector("[data-testid='migration-preview']");
		this.browser.waitForText(preview, item);
		this.browser.type(By.cssSelector("input[data-testid='migration-search']"), item);
		this.browser.click(By.xpath("//tr[.//a[normalize-space()='" + item + "']]//td[contains(@class,'ant-table-selection-column')]//label"));
		this.browser.click(By.cssSelector("[data-testid='migration-start']"));
		this.browser.click(By.xpath("//div[contains(@class,'ant-popconfirm')]//button[contains(@class,'ant-btn-primary')]"));
		this.browser.waitForText(By.cssSelector("[data-testid='migration-run']"), "执行中");

		this.fixtures.runBatch(this.fixtures.onlyMigrationBatch());

		this.browser.waitForText(By.cssSelector("[data-testid='migration-run-summary']"), "已迁移 1，失败 0");
		this.browser.screenshot("83-model-change-migrated");
		assertThat(this.fixtures.instanceOf(item).getProcessDefinitionId()).isEqualTo(target);
		assertThat(this.taskService.createTaskQuery()
			.processInstanceId(running.getId())
			.taskDefinitionKey(TargetCompilationProcess.TASK_FILL)
			.singleResult()).as("the item keeps its open fill-in task on the new version").isNotNull();
	}

}
