package cn.gov.finance.perf.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import cn.gov.finance.perf.SliceApi;
import cn.gov.finance.perf.monitoring.MonitoringFixtures;
import cn.gov.finance.perf.system.AppClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Disclosure and the rectification ledger in a real headless Chromium: another department finds
 * the published target and result through the menu; the owner follows its rectification items.
 */
class DisclosureBrowserTest extends BrowserTest {

	@Autowired
	private AppClock clock;

	static final int YEAR = 2039;

	@Autowired
	private MonitoringFixtures fixtures;

	@Autowired
	private SliceApi api;

	@Test
	void publishedTargetsAndResultsAndTheRectificationLedger() throws Exception {
		String code = this.fixtures.resultFixedProject(YEAR);
		this.api.post("perf", "/api/tasks/" + this.api.taskWithKey("perf", code, "Task_SendFeedback") + "/result-feedback",
				Map.of("feedback", "请完善资产管理。")).andExpect(status().isOk());
		this.api.post("edu", "/api/tasks/" + this.api.taskWithKey("edu", code, "Task_RectificationPlan") + "/rectification-plan",
				Map.of("items", java.util.List.of(Map.of("issue", "资产台账不完整", "measure", "补齐资产台账", "deadline",
						this.clock.today().plusDays(60).toString())))).andExpect(status().isOk());

		this.browser.login("health", "demo123");
		this.browser.hover(By.xpath("//*[contains(@class,'ant-menu-submenu-title')][normalize-space()='公开与监督']"));
		this.browser.click(By.xpath("//li[contains(@class,'ant-menu-item')][normalize-space()='信息公开']"));
		this.browser.waitForPath("/disclosure");
		replace(By.cssSelector("input[aria-label='年度']"), String.valueOf(YEAR));
		this.browser.waitForText(By.cssSelector(".ant-tabs-tabpane-active .ant-table-tbody"), code);
		this.browser.click(By.xpath("//div[@role='tab'][contains(normalize-space(), '评价结果')]"));
		this.browser.waitForText(By.cssSelector(".ant-tabs-tabpane-active .ant-table-tbody"), "95.97");
		this.browser.screenshot("81-disclosure-results");
		assertThat(this.browser.find(By.cssSelector(".ant-tabs-tabpane-active")).getText()).contains(code, "盟教育局", "自评");
		this.browser.logout();

		this.browser.login("edu", "demo123");
		this.browser.go("/tracking/rectifications");
		replace(By.cssSelector("input[aria-label='年度']"), String.valueOf(YEAR));
		this.browser.waitForText(By.cssSelector(".ant-table-tbody"), "资产台账不完整");
		this.browser.screenshot("82-rectification-ledger");
		assertThat(this.browser.find(By.cssSelector(".ant-table-tbody")).getText()).contains(code, "整改中");
	}

}
