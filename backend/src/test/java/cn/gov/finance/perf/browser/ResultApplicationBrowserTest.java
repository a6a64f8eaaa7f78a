package cn.gov.finance.perf.browser;

import static cn.gov.finance.perf.browser.Browser.button;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.finance.perf.monitoring.MonitoringFixtures;
import cn.gov.finance.perf.system.AppClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The last stage in a real headless Chromium, so that every stage of the chain has been done in the
 * browser (the others: AssessmentSlice, TargetReview, MonitoringReport, SelfEvaluation): finance
 * feeds the result back, the department plans and closes its rectification, finance verifies it
 * and the budget office confirms next year's budget; the item's lifecycle then ends.
 */
class ResultApplicationBrowserTest extends BrowserTest {

	@Autowired
	private AppClock clock;

	static final int YEAR = 2040;

	@Autowired
	private MonitoringFixtures fixtures;

	@Test
	void theResultIsFedBackRectifiedAndBoundToNextYearsBudget() throws Exception {
		String code = this.fixtures.resultFixedProject(YEAR);

		this.browser.login("perf", "demo123");
		openTask(code, "反馈评价结果");
		this.browser.type(By.id("feedback"), "评价结果为优，请完善资产台账。");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");
		this.browser.logout();

		this.browser.login("edu", "demo123");
		openTask(code, "报送整改方案");
		this.browser.type(By.id("items_0_issue"), "资产台账不完整");
		this.browser.type(By.id("items_0_measure"), "补齐资产台账");
		this.browser.type(By.id("items_0_deadline"), this.clock.today().plusDays(30).toString());
		this.browser.find(By.id("items_0_deadline")).sendKeys(Keys.TAB);
		this.browser.waitForInvisible(By.cssSelector(".ant-picker-dropdown:not(.ant-picker-dropdown-hidden)"));
		this.browser.screenshot("90-rectification-plan");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");
		openTask(code, "整改销号");
		this.browser.click(By.xpath("//input[@id='items_0_closed']/ancestor::label[1]"));
		this.browser.type(By.id("items_0_evidence"), "资产台账已补齐，见附件清单。");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");
		this.browser.logout();

		this.browser.login("perf", "demo123");
		openTask(code, "核验整改销号");
		this.browser.click(By.xpath("//label[normalize-space()='全部销号']"));
		this.browser.type(By.id("opinion"), "已全部销号。");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");
		this.browser.logout();

		this.browser.login("budget", "demo123");
		openTask(code, "确认下年度预算挂钩");
		this.browser.waitForValue(By.id("confirmedAmount"), "1000000.00");
		this.browser.type(By.id("opinion"), "评价为优，优先保障。");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");

		this.browser.go("/items/" + code);
		this.browser.waitForText(By.tagName("body"), "已完成");
		this.browser.screenshot("91-result-applied");
		assertThat(this.browser.find(By.tagName("body")).getText()).contains("资产台账不完整", "优先保障");
	}

}
