package cn.gov.finance.perf.browser;

import static cn.gov.finance.perf.SliceApi.proposal;
import static cn.gov.finance.perf.browser.Browser.button;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.monitoring.MonitoringFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Filing a monitoring report in a real headless Chromium: the live execution value and light while
 * typing, per-indicator progress, and the filed report with its light on the item page.
 */
class MonitoringReportBrowserTest extends BrowserTest {

	@Autowired
	private MonitoringFixtures fixtures;

	@Test
	void departmentFilesTheDualMonitoringReport() throws Exception {
		this.fixtures.calendar();
		String code = this.fixtures.monitoredProject(proposal("edu", null, false));

		this.browser.login("edu", Logins.PASSWORD);
		this.browser.go("/tasks?q=" + code);
		this.browser.click(By.xpath("//tr[.//*[contains(normalize-space(), '" + code + "')]]//a[normalize-space()='填报绩效监控表']"));
		this.browser.waitForPath("/tasks/");
		this.browser.type(By.cssSelector("input[aria-label='截至目前支出（元）']"), "350000");
		this.browser.waitForText(By.cssSelector("[data-testid='execution-preview']"), "60.0");
		this.browser.waitForText(By.cssSelector("[data-testid='execution-preview']"), "黄灯");
		for (int row = 1; row <= 5; row++) {
			this.browser.type(By.cssSelector("input[aria-label='截至目前完成 " + row + "']"), "按进度完成");
		}
		this.browser.screenshot("21-monitoring");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.tagName("body"), "已办结");

		this.browser.go("/items/" + code);
		this.browser.waitForText(By.tagName("body"), "1-7月绩效运行监控");
		this.browser.screenshot("22-monitoring-item");
		String page = this.browser.find(By.tagName("body")).getText();
		assertThat(page).contains("已报送").contains("60.0").contains("黄灯").contains("资金台账");
	}

}
