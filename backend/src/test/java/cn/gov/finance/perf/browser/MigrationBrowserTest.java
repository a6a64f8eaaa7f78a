package cn.gov.finance.perf.browser;

import static cn.gov.finance.perf.SliceApi.targetSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.admin.migration.MigrationFixtures;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator migrates in the browser: after a new version of the target compilation without
 * its fill-in step, the page shows the step with no counterpart, the item still filling in as staying
 * and the other as movable; the administrator migrates that one and watches the batch finish.
 */
class MigrationBrowserTest extends BrowserTest {

	@Autowired
	private SliceApi api;

	@Autowired
	private MigrationFixtures fixtures;

	@AfterEach
	void deployThePackagedModelAgain() {
		this.fixtures.deployThePackagedModels();
	}

	@Test
	void administratorPreviewsAndMigratesTheItemsThatCanMove() throws Exception {
		String filling = this.fixtures.itemInTargetCompilation(2098);
		String submitted = this.fixtures.itemInTargetCompilation(2098);
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", submitted) + "/target-sheet", targetSheet())
			.andExpect(status().isOk());
		ProcessInstance moves = this.fixtures.instanceOf(submitted);
		String source = moves.getProcessDefinitionId();
		String target = this.fixtures.deployWithoutTheFillInStep();

		this.browser.login("admin", Logins.PASSWORD);
		this.browser.go("/admin/migrations");
		this.browser.waitForText(By.tagName("body"), "有旧版本实例的流程");
		this.browser.click(By.cssSelector("[data-testid='migration-source-" + source + "']"));
		By preview = By.cssSelector("[data-testid='migration-preview']");
		this.browser.waitForText(preview, "新版本中没有步骤「填报绩效目标 (Task_FillTargets)」");
		this.browser.type(By.cssSelector("input[data-testid='migration-search']"), filling);
		this.browser.waitForText(preview, filling);
		String stays = this.browser.find(By.xpath("//tr[.//*[normalize-space()='" + filling + "']]")).getText();
		assertThat(stays).contains("留在原版本").contains("Task_FillTargets");
		replace(By.cssSelector("input[data-testid='migration-search']"), submitted);
		this.browser.click(By.xpath("//tr[.//a[normalize-space()='" + submitted + "']]//td[contains(@class,'ant-table-selection-column')]//label"));
		this.browser.screenshot("60-migration-preview");
		this.browser.click(By.cssSelector("[data-testid='migration-start']"));
		this.browser.click(By.xpath("//div[contains(@class,'ant-popconfirm')]//button[contains(@class,'ant-btn-primary')]"));
		By run = By.cssSelector("[data-testid='migration-run']");
		this.browser.waitForText(run, "执行中");
		assertThat(this.browser.path()).contains("run=");

		this.fixtures.runBatch(this.fixtures.onlyMigrationBatch());

		// The page asks again every 2 s until the batch is done.
		this.browser.waitForText(By.cssSelector("[data-testid='migration-run-state']"), "已完成");
		this.browser.waitForText(By.cssSelector("[data-testid='migration-run-summary']"), "已迁移 1，失败 0，留在原版本 0");
		// The plan is read again: the migrated item is no longer on the old version.
		this.browser.waitForNoText(preview, submitted);
		this.browser.screenshot("61-migration-done");
		assertThat(this.fixtures.instanceOf(submitted).getProcessDefinitionId()).isEqualTo(target);
		assertThat(this.fixtures.instanceOf(filling).getProcessDefinitionId()).isEqualTo(source);
	}

}
