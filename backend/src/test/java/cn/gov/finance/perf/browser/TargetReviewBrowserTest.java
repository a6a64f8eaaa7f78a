package cn.gov.finance.perf.browser;

import static cn.gov.finance.perf.browser.Browser.button;
import static cn.gov.finance.perf.browser.Browser.label;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.SliceApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Target compilation in a real headless Chromium: the department fills its target sheet from the
 * indicator library, finance grades it 优 and the budget office approves budget and target together.
 */
class TargetReviewBrowserTest extends BrowserTest {

	@Autowired
	private SliceApi api;

	@Test
	void departmentFillsTargetsFromTheLibraryAndFinanceApprovesThemWithTheBudget() throws Exception {
		String code = this.api.supportedProject("edu", null);

		this.browser.login("edu", Logins.PASSWORD);
		openTask(code);
		this.browser.type(By.id("overallGoal"), "提升校园安全保障能力。");
		this.browser.type(By.id("annualGoal"), "年内完成监控系统建设并投入使用。");
		pick(1, "受益人数");
		this.browser.type(By.cssSelector("input[aria-label='指标值 1']"), "5000");
		this.browser.type(By.cssSelector("input[aria-label='权重 1']"), "50");
		this.browser.click(button("添加指标"));
		pick(2, "公共服务水平提升");
		this.browser.type(By.cssSelector("input[aria-label='指标值 2']"), "效果明显");
		this.browser.type(By.cssSelector("input[aria-label='权重 2']"), "30");
		this.browser.click(button("添加指标"));
		pick(3, "服务对象满意度");
		this.browser.type(By.cssSelector("input[aria-label='指标值 3']"), "90");
		this.browser.type(By.cssSelector("input[aria-label='权重 3']"), "10");
		this.browser.waitForText(By.cssSelector("[data-testid='weight-summary']"), "产出 50/50，效益 30/30，满意度 10/10");
		this.browser.screenshot("11-targets");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");
		this.browser.logout();

		this.browser.login("perf", Logins.PASSWORD);
		openTask(code);
		this.browser.waitForText(By.tagName("body"), "受益人数");
		for (String criterion : new String[] { "completeness", "relevance", "appropriateness", "feasibility" }) {
			this.browser.click(By.xpath("//div[@id='" + criterion + "']//label[normalize-space()='符合']"));
		}
		this.browser.click(label("优"));
		this.browser.type(By.id("opinion"), "目标完整、指标可衡量。");
		this.browser.screenshot("12-grade");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");
		this.browser.logout();

		this.browser.login("budget", Logins.PASSWORD);
		openTask(code);
		this.browser.click(label("批复"));
		this.browser.type(By.id("opinion"), "同意批复。");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");

		this.browser.go("/items/" + code);
		this.browser.waitForText(By.tagName("body"), "已批复（执行中）");
		this.browser.screenshot("13-approved");
		String page = this.browser.find(By.tagName("body")).getText();
		assertThat(page).contains("绩效运行监控").contains("受益人数").contains("评审等级：优");
	}

	private void openTask(String code) {
		this.browser.go("/tasks?q=" + code);
		this.browser.click(By.xpath("//tr[.//*[contains(normalize-space(), '" + code + "')]]//a"));
		this.browser.waitForPath("/tasks/");
	}

	private void pick(int row, String indicator) {
		this.browser.click(By.cssSelector("button[aria-label='从指标库选取 " + row + "']"));
		this.browser.type(By.cssSelector(".ant-modal input[placeholder='搜索']"), indicator + Keys.ENTER);
		this.browser.click(By.xpath("//div[contains(@class,'ant-modal')]//tr[.//td[normalize-space()='" + indicator
				+ "']]//button[normalize-space()='选用']"));
		this.browser.waitForValue(By.cssSelector("input[aria-label='三级指标 " + row + "']"), indicator);
	}

}
