package cn.gov.finance.perf.browser;

import static cn.gov.finance.perf.browser.Browser.button;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.gov.finance.perf.monitoring.MonitoringFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Key evaluation in a real headless Chromium: finance draws a year, plans the drawn item (the weight
 * total follows as it is typed), reports with an attachment and approves; the item shows the result.
 */
class KeyEvaluationBrowserTest extends BrowserTest {

	static final int YEAR = 2033;

	@Autowired
	private MonitoringFixtures fixtures;

	@Test
	void financeDrawsPlansReportsAndApprovesAKeyEvaluation() throws Exception {
		String code = this.fixtures.resultFixedProject(YEAR);

		this.browser.login("perf", "demo123");
		this.browser.go("/tracking/key-evaluations");
		replace(By.cssSelector("input[aria-label='年度']"), String.valueOf(YEAR));
		replace(By.id("sampleRate"), "1");
		this.browser.click(button("抽取"));
		this.browser.waitForText(By.tagName("body"), "按种子复现一致");
		this.browser.waitForText(By.tagName("body"), code);
		this.browser.screenshot("41-key-evaluation-draw");

		this.browser.go("/tasks?q=" + code);
		this.browser.click(By.xpath("//tr[.//*[contains(normalize-space(), '" + code + "')]]//a[normalize-space()='制定评价方案']"));
		this.browser.waitForPath("/tasks/");
		this.browser.waitForValue(By.cssSelector("input[aria-label='weights.effect']"), "35.00");
		replace(By.cssSelector("input[aria-label='weights.effect']"), "30");
		this.browser.waitForText(By.cssSelector("[data-testid='weights-total']"), "95.00");
		replace(By.cssSelector("input[aria-label='weights.effect']"), "35");
		this.browser.waitForText(By.cssSelector("[data-testid='weights-total']"), "100.00");
		this.browser.type(By.id("planNote"), "按四类一级指标开展评价，财政自行实施。");
		this.browser.screenshot("42-key-evaluation-plan");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");

		this.browser.go("/tasks?q=" + code);
		this.browser.click(By.xpath("//tr[.//*[contains(normalize-space(), '" + code + "')]]//a[normalize-space()='实施评价并提交报告']"));
		this.browser.waitForPath("/tasks/");
		this.browser.type(By.cssSelector("input[aria-label='scores.decision']"), "14");
		this.browser.type(By.cssSelector("input[aria-label='scores.process']"), "13");
		this.browser.type(By.cssSelector("input[aria-label='scores.output']"), "30");
		this.browser.type(By.cssSelector("input[aria-label='scores.effect']"), "28");
		this.browser.waitForText(By.cssSelector("[data-testid='scores-total']"), "85.00");
		this.browser.type(By.id("findings"), "产出基本达标，效益指标部分未达预期。");
		this.browser.type(By.id("report"), "一、项目概况……二、评价结论……");
		Path paper = Files.createTempFile("working-paper", ".pdf");
		Files.writeString(paper, "working paper");
		this.browser.all(By.cssSelector("input[type='file']")).get(0).sendKeys(paper.toAbsolutePath().toString());
		this.browser.waitForText(By.tagName("body"), paper.getFileName().toString());
		this.browser.screenshot("43-key-evaluation-report");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");

		// Whoever reported may not approve their own report: another officer of the office approves it.
		this.browser.logout();
		this.browser.login("perf2", "demo123");
		this.browser.go("/tasks?q=" + code);
		this.browser.click(By.xpath("//tr[.//*[contains(normalize-space(), '" + code + "')]]//a[normalize-space()='审定评价结果']"));
		this.browser.waitForPath("/tasks/");
		this.browser.waitForText(By.cssSelector("[data-testid='key-result-total']"), "85");
		this.browser.type(By.id("opinion"), "同意。");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");

		this.browser.go("/items/" + code);
		this.browser.waitForText(By.cssSelector("[data-testid='key-total']"), "85");
		this.browser.screenshot("44-key-evaluation-item");
		assertThat(this.browser.find(By.tagName("body")).getText()).contains("重点评价结果").contains(paper.getFileName().toString());
	}

}
