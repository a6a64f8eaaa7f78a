package cn.gov.finance.perf.browser;

import static cn.gov.finance.perf.browser.Browser.button;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A department-overall evaluation in a real headless Chromium: finance starts it on the 整体评价
 * page, the department scores itself per dimension (the total follows as it types), finance scores
 * and the budget office confirms the linked budget; the page shows it closed.
 */
class BodyEvaluationBrowserTest extends BrowserTest {

	static final int YEAR = 2035;

	static final String SUBJECT = "盟卫生健康委员会 · " + YEAR;

	@Test
	void aDepartmentIsEvaluatedFromStartToBudgetLinkage() {
		this.browser.login("perf", "demo123");
		this.browser.go("/tracking/overall");
		replace(By.cssSelector("input[aria-label='年度']"), String.valueOf(YEAR));
		this.browser.type(By.id("subjectCode"), "卫生");
		this.browser.find(By.id("subjectCode")).sendKeys(Keys.ENTER);
		this.browser.type(By.id("baseAmount"), "50000000");
		this.browser.click(button("发起评价"));
		this.browser.waitForText(By.cssSelector(".ant-table-tbody"), "盟卫生健康委员会");
		this.browser.waitForText(By.cssSelector(".ant-table-tbody"), "自评报送");
		this.browser.screenshot("51-body-evaluation-started");
		this.browser.logout();

		this.browser.login("health", "demo123");
		openTask(SUBJECT, "部门整体绩效自评");
		String[] dimensions = { "OPERATING_COST", "MANAGEMENT_EFFICIENCY", "DUTY_PERFORMANCE", "SOCIAL_EFFECT",
				"SUSTAINABILITY", "SATISFACTION" };
		String[] scores = { "14", "13", "22", "18", "13", "9" };
		for (int i = 0; i < dimensions.length; i++) {
			this.browser.type(By.cssSelector("input[aria-label='rows." + dimensions[i] + "']"), scores[i]);
		}
		this.browser.waitForText(By.cssSelector("[data-testid='rows-total']"), "89.00");
		replace(By.cssSelector("input[aria-label='rows.SATISFACTION']"), "10");
		this.browser.waitForText(By.cssSelector("[data-testid='rows-total']"), "90.00");
		this.browser.type(By.id("summary"), "年度整体绩效目标全面完成。");
		this.browser.screenshot("52-body-self-report");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");
		this.browser.logout();

		this.browser.login("perf", "demo123");
		openTask(SUBJECT, "财政评分");
		this.browser.waitForValue(By.cssSelector("input[aria-label='scores.DUTY_PERFORMANCE']"), "22.00");
		this.browser.waitForText(By.cssSelector("[data-testid='scores-total']"), "90.00");
		replace(By.cssSelector("input[aria-label='scores.DUTY_PERFORMANCE']"), "20");
		this.browser.waitForText(By.cssSelector("[data-testid='scores-total']"), "88.00");
		this.browser.type(By.id("opinion"), "履职效能佐证不足，酌减。");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");
		this.browser.logout();

		this.browser.login("budget", "demo123");
		openTask(SUBJECT, "确认预算挂钩");
		this.browser.waitForText(By.cssSelector("[data-testid='body-total']"), "88");
		this.browser.waitForValue(By.id("confirmedAmount"), "50000000.00");
		this.browser.type(By.id("opinion"), "按建议正常安排。");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");

		this.browser.go("/tracking/overall");
		replace(By.cssSelector("input[aria-label='年度']"), String.valueOf(YEAR));
		this.browser.waitForText(By.cssSelector(".ant-table-tbody"), "已办结");
		this.browser.screenshot("53-body-evaluation-closed");
		assertThat(this.browser.find(By.cssSelector(".ant-table-tbody")).getText()).contains("盟卫生健康委员会", "88", "良");
	}

}
