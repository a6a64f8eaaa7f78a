package cn.gov.finance.perf.browser;

import static cn.gov.finance.perf.SliceApi.assessment;
import static cn.gov.finance.perf.SliceApi.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.SliceApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator drills into an item's story and a year's figures: the item page draws each process
 * with bpmn-js, the waiting step marked active and the steps taken marked done, above one timeline;
 * the dashboard draws its charts, and a click on a bar lists the items behind it, each opening its
 * page. Items of fiscal year {@value #YEAR} belong to this class.
 */
class TrackingBrowserTest extends BrowserTest {

	static final int YEAR = 2056;

	@Autowired
	private SliceApi api;

	/** A project of 教育局 whose assessment was submitted: it waits for finance's review. */
	private String atReview(String name) throws Exception {
		Map<String, Object> body = proposal("edu", null, false);
		body.put("fiscalYear", YEAR);
		body.put("name", name);
		String code = this.api.propose("edu", body);
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isCreated());
		return code;
	}

	@Test
	void theItemPageDrawsTheProcessWithItsActiveStepAndThePathTaken() throws Exception {
		String code = atReview("流程图浏览器-" + System.nanoTime());
		this.browser.login("perf", Logins.PASSWORD);
		this.browser.go("/items/" + code);

		// The assessment process is shown first: it is the one waiting.
		WebElement active = this.browser.find(By.cssSelector("[data-testid='bpmn-diagram'] .djs-element.bpm-active"));
		assertThat(active.getAttribute("data-element-id")).isEqualTo("Task_ReviewAssessment");
		this.browser.find(By.cssSelector("[data-testid='bpmn-diagram'] .djs-element.bpm-done[data-element-id='Task_FillAssessment']"));
		assertThat(this.browser.all(By.cssSelector("[data-testid='bpmn-diagram'] .djs-connection.bpm-done"))).isNotEmpty();

		// One timeline: the department's submission, and the review waiting for the office by name.
		this.browser.waitForText(By.cssSelector("[data-testid='item-timeline']"), "张教育");
		this.browser.waitForText(By.cssSelector("[data-testid='item-timeline']"), "待办");
		String open = this.browser.find(By.cssSelector("[data-testid='open-task']")).getText();
		assertThat(open).doesNotContain("finance-performance").doesNotContain("org-");
		this.browser.screenshot("91-item-story");

		// The lifecycle has its own diagram, waiting at the assessment call.
		this.browser.click(By.xpath("//div[@role='tab'][contains(normalize-space(), '预算项目全过程绩效管理')]"));
		WebElement call = this.browser.find(By.cssSelector("[data-testid='bpmn-diagram'] .djs-element.bpm-active"));
		assertThat(call.getAttribute("data-element-id")).isEqualTo("CallActivity_ExAnteAssessment");
	}

	@Test
	void theDashboardDrawsItsChartsAndABarLeadsToTheItemsBehindIt() throws Exception {
		String code = atReview("看板浏览器-" + System.nanoTime());
		this.browser.login("perf", Logins.PASSWORD);
		this.browser.go("/tracking/dashboard?fiscalYear=" + YEAR);

		// The bar charts are drawn by ECharts (as SVG); the pies and the overdue chart say so when there is nothing to draw.
		for (String chart : List.of("STAGE", "GRADE", "FUNDS", "DAYS")) {
			this.browser.find(By.cssSelector("[data-testid='chart-" + chart + "'] .echarts-for-react svg"));
		}
		for (String chart : List.of("OVERDUE", "LIGHT", "COVERAGE")) {
			this.browser.find(By.cssSelector("[data-testid='chart-" + chart + "']"));
		}
		this.browser.screenshot("92-dashboard");

		// The bar of items running at the ex-ante assessment (the legend's swatch has the colour too, but is small).
		WebElement bar = this.browser.all(By.cssSelector("[data-testid='chart-STAGE'] svg path[fill='#1677ff']"))
			.stream()
			.max(Comparator.comparingInt(e -> e.getSize().getHeight()))
			.orElseThrow();
		bar.click();
		this.browser.waitForText(By.cssSelector(".ant-drawer-title"), "事前绩效评估");
		this.browser.waitForText(By.cssSelector("[data-testid='dashboard-items']"), code);
		this.browser.screenshot("93-dashboard-items");
		this.browser.click(By.xpath("//div[@data-testid='dashboard-items']//a[normalize-space()='" + code + "']"));
		this.browser.waitForPath("/items/" + code);
		this.browser.find(By.cssSelector("[data-testid='bpmn-diagram']"));
	}

}
