package cn.gov.finance.perf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.gov.finance.perf.admin.models.ModelDeployments;
import cn.gov.finance.perf.admin.models.PackagedModels;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator changes one cell of TargetGradeRouting.dmn in a real headless Chromium: the
 * validation names the cell (rule, column, old → new), the deployment makes a new version, and the
 * catalogue shows it. The packaged file is deployed again afterwards, so other tests see it.
 */
class AdminModelsBrowserTest extends BrowserTest {

	private static final String KEY = "TargetGradeRouting";

	@Autowired
	private RepositoryService repositoryService;

	@Autowired
	private ModelDeployments deployments;

	@TempDir
	Path dir;

	@AfterEach
	void restorePackagedModels() {
		this.deployments.deploy(PackagedModels.files(), ModelDeployments.Source.UPLOAD, "admin");
	}

	@Test
	void anAdministratorDeploysAChangedDecisionTableAfterSeeingTheCellThatChanged() throws Exception {
		long versions = this.repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(KEY).count();
		Path changed = this.dir.resolve(KEY + ".dmn");
		Files.writeString(changed, Files.readString(Path.of("..", "processes", "target", KEY + ".dmn"))
			.replace("<text>\"REFINE\"</text>", "<text>\"REVISE\"</text>"));

		this.browser.login("admin", "demo123");
		this.browser.go("/admin/models");
		this.browser.waitForText(By.cssSelector("[data-testid=model-catalogue]"), KEY);
		this.browser.click(By.cssSelector("[data-testid=models-deploy]"));
		this.browser.waitForPath("/admin/models/deploy");
		this.browser.upload(By.cssSelector("input[type=file]"), changed);
		this.browser.click(By.cssSelector("[data-testid=models-validate]"));
		By cells = By.cssSelector("[data-testid=models-cells-" + KEY + "]");
		this.browser.waitForText(cells, "Rule_Good");
		assertThat(this.browser.find(cells).getText()).contains("去向", "\"REFINE\"", "\"REVISE\"");
		this.browser.screenshot("80-admin-models-diff");

		this.browser.click(By.cssSelector("[data-testid=models-confirm]"));
		this.browser.waitForText(By.cssSelector("[data-testid=model-catalogue]"), KEY);
		assertThat(this.repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(KEY).count())
			.isEqualTo(versions + 1);
		this.browser.click(By.xpath("//tr[.//td[normalize-space()='" + KEY + "']]//button[contains(@class,'ant-table-row-expand-icon')]"));
		By history = By.cssSelector("[data-testid=model-versions-" + KEY + "]");
		this.browser.waitForText(history, "上传");
		assertThat(this.browser.find(history).getText()).contains(String.valueOf(versions + 1), "最新");
		this.browser.screenshot("81-admin-models-catalogue");
	}

}
