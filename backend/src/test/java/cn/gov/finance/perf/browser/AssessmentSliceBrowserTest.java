package cn.gov.finance.perf.browser;

import static cn.gov.finance.perf.browser.Browser.button;
import static cn.gov.finance.perf.browser.Browser.label;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.SliceApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The foundation slice in a real headless Chromium, as two people: a department proposes and
 * assesses a project, finance supports it, and the project moves to target compilation.
 */
class AssessmentSliceBrowserTest extends BrowserTest {

	@Test
	void departmentProposesAndAssessesThenFinanceSupports() {
		String name = "浏览器测试项目-" + System.nanoTime();

		// A department user proposes a project.
		this.browser.login("edu", Logins.PASSWORD);
		this.browser.go("/items");
		this.browser.click(button("新增项目申报"));
		this.browser.type(By.id("name"), name);
		this.browser.type(By.id("amount"), "860000");
		this.browser.screenshot("01-propose");
		this.browser.click(button("申报并发起事前评估"));
		this.browser.waitForPath("/items/XM");
		String code = this.browser.path().substring("/items/".length());
		this.browser.waitForText(By.tagName("body"), "事前绩效评估");

		// …and fills the ex-ante assessment from the inbox.
		this.browser.go("/tasks?q=" + code);
		this.browser.click(By.xpath("//tr[.//*[contains(normalize-space(), '" + code + "')]]//a"));
		this.browser.waitForPath("/tasks/");
		int[] scores = { 18, 17, 16, 19, 18 };
		String[] dimensions = SliceApi.PROJECT_DIMENSIONS.toArray(String[]::new);
		for (int i = 0; i < scores.length; i++) {
			this.browser.type(By.cssSelector("input[aria-label='得分 " + dimensions[i] + "']"), String.valueOf(scores[i]));
		}
		this.browser.waitForText(By.cssSelector("[data-testid='assessment-total']"), "88.00");
		this.browser.click(label("予以支持"));
		this.browser.type(By.id("summary"), "项目立项依据充分，实施方案可行。");
		this.browser.screenshot("02-assess");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");
		this.browser.logout();

		// Finance reviews and supports it.
		this.browser.login("perf", Logins.PASSWORD);
		this.browser.go("/tasks?q=" + code);
		this.browser.click(By.xpath("//tr[.//*[contains(normalize-space(), '" + code + "')]]//a"));
		this.browser.waitForText(By.tagName("body"), "待审核的评估");
		this.browser.click(label("予以支持"));
		this.browser.type(By.id("opinion"), "同意，予以支持。");
		this.browser.screenshot("03-review");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");

		// The project has moved on to target compilation.
		this.browser.go("/items/" + code);
		this.browser.waitForText(By.tagName("body"), name);
		this.browser.screenshot("04-item");
		String page = this.browser.find(By.tagName("body")).getText();
		assertThat(page).contains("绩效目标管理").contains("予以支持").contains("同意，予以支持。");
	}

}
