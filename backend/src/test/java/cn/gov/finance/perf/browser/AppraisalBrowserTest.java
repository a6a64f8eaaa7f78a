package cn.gov.finance.perf.browser;

import static cn.gov.finance.perf.browser.Browser.button;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The appraisal in a real headless Chromium: finance opens a year, scores every body (the grade
 * follows each score as it is typed), circulates the drafted circular and interviews the poor
 * department, which rectifies; another department reads the circular but not the interview.
 */
class AppraisalBrowserTest extends BrowserTest {

	static final int YEAR = 2037;

	@Test
	void financeScoresCirculatesAndInterviewsThePoorDepartment() {
		this.browser.login("perf", "demo123");
		this.browser.go("/tracking/appraisal");
		replace(By.cssSelector("input[aria-label='年度']"), String.valueOf(YEAR));
		this.browser.click(By.xpath("//button[contains(normalize-space(), '启动 " + YEAR + " 年度考核')]"));
		this.browser.waitForText(By.cssSelector(".ant-table-tbody"), "盟卫生健康委员会");
		this.browser.waitForText(By.tagName("body"), "评分中");

		openTask(YEAR + " 年度预算绩效管理工作考核", "考核评分");
		this.browser.waitForText(By.cssSelector("[data-testid='reference-edu']"), "自评 0/0 项");
		this.browser.type(By.cssSelector("input[aria-label='score.edu']"), "95");
		this.browser.waitForText(By.cssSelector("[data-testid='grade-edu']"), "优");
		this.browser.type(By.cssSelector("input[aria-label='score.health']"), "59.99");
		this.browser.waitForText(By.cssSelector("[data-testid='grade-health']"), "差");
		replace(By.cssSelector("input[aria-label='score.health']"), "60");
		this.browser.waitForText(By.cssSelector("[data-testid='grade-health']"), "中");
		replace(By.cssSelector("input[aria-label='score.health']"), "55");
		this.browser.waitForText(By.cssSelector("[data-testid='grade-health']"), "差");
		this.browser.type(By.cssSelector("input[aria-label='score.152502']"), "80");
		this.browser.waitForText(By.cssSelector("[data-testid='grade-152502']"), "良");
		this.browser.type(By.cssSelector("input[aria-label='comment.health']"), "目标编制质量差，监控流于形式。");
		this.browser.screenshot("61-appraisal-scoring");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");

		// The officer who scored may not circulate the scores: another officer of the office does.
		this.browser.logout();
		this.browser.login("perf2", "demo123");
		openTask(YEAR + " 年度预算绩效管理工作考核", "考核结果通报");
		this.browser.waitForValueContaining(By.id("circular"), "较差：盟卫生健康委员会");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");

		openTask("盟卫生健康委员会 · " + YEAR, "约谈");
		this.browser.type(By.id("attendees"), "王绩效；卫健委主任");
		this.browser.type(By.id("problems"), "绩效目标缺项严重，须逐项补齐。");
		this.browser.screenshot("62-appraisal-interview");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");
		this.browser.logout();

		this.browser.login("health", "demo123");
		openTask("盟卫生健康委员会 · " + YEAR, "考核整改报告");
		this.browser.waitForText(By.tagName("body"), "绩效目标缺项严重");
		this.browser.type(By.id("rectification"), "已逐项补齐绩效目标并建立月度调度。");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");
		this.browser.logout();

		this.browser.login("edu", "demo123");
		this.browser.go("/tracking/appraisal");
		replace(By.cssSelector("input[aria-label='年度']"), String.valueOf(YEAR));
		this.browser.waitForText(By.cssSelector("[data-testid='appraisal-circular']"), "予以通报表扬");
		this.browser.waitForText(By.cssSelector(".ant-table-tbody"), "待核验");
		this.browser.screenshot("63-appraisal-circular");
		assertThat(this.browser.find(By.tagName("body")).getText()).contains("通报表扬").doesNotContain("绩效目标缺项严重");
	}

}
