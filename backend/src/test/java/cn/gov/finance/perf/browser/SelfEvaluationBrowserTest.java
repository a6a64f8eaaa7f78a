package cn.gov.finance.perf.browser;

import static cn.gov.finance.perf.SliceApi.proposal;
import static cn.gov.finance.perf.browser.Browser.button;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.finance.perf.monitoring.MonitoringFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Self-evaluation in a real headless Chromium: the department enters actual values and a qualitative
 * score; the row scores, the total and the grade follow live; the submitted result shows on the item.
 */
class SelfEvaluationBrowserTest extends BrowserTest {

	@Autowired
	private MonitoringFixtures fixtures;

	@Test
	void departmentSelfEvaluatesWithLiveScoreAndGrade() throws Exception {
		String code = this.fixtures.evaluatedProject(proposal("edu", null, false), "edu");

		this.browser.login("edu", "demo123");
		this.browser.go("/tasks?q=" + code);
		this.browser.click(By.xpath("//tr[.//*[contains(normalize-space(), '" + code + "')]]//a[normalize-space()='填报绩效自评']"));
		this.browser.waitForPath("/tasks/");
		this.browser.type(By.cssSelector("input[aria-label='全年支出（元）']"), "950000");
		this.browser.type(By.cssSelector("input[aria-label='实际完成值 1']"), "5000");
		this.browser.type(By.cssSelector("input[aria-label='实际完成值 2']"), "90");
		this.browser.type(By.cssSelector("input[aria-label='实际完成值 3']"), "85");
		this.browser.click(By.xpath("//input[@aria-label='达成情况 4']/ancestor::div[contains(@class,'ant-select')][1]"));
		this.browser.click(By.xpath("//div[contains(@class,'ant-select-item-option') and @title='达成']"));
		this.browser.type(By.cssSelector("input[aria-label='得分 4']"), "27");
		this.browser.type(By.cssSelector("input[aria-label='实际完成值 5']"), "95");
		this.browser.waitForText(By.cssSelector("[data-testid='row-score-2']"), "9.47");
		this.browser.waitForText(By.cssSelector("[data-testid='evaluation-total']"), "95.97");
		this.browser.waitForText(By.cssSelector("[data-testid='evaluation-total']"), "优");
		this.browser.screenshot("31-self-evaluation");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");

		this.browser.go("/items/" + code);
		this.browser.waitForText(By.tagName("body"), "绩效评价（自评）");
		this.browser.screenshot("32-evaluated-item");
		assertThat(this.browser.find(By.cssSelector("[data-testid='evaluation-total-fixed']")).getText()).isEqualTo("95.97");
	}

}
