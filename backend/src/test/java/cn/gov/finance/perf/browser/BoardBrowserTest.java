package cn.gov.finance.perf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.SliceApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator filters the campaign board of a year by a count and by text, and opens an item. */
class BoardBrowserTest extends BrowserTest {

	static final int YEAR = 2053;

	@Autowired
	private SliceApi api;

	@Test
	void financeFiltersTheBoardByACountAndOpensAnItem() throws Exception {
		String waiting = propose();
		String inTargets = propose();
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", inTargets) + "/assessment",
				SliceApi.assessment(18, 17, 16, 18, 19));
		this.api.post("perf", "/api/tasks/" + this.api.taskOf("perf", inTargets) + "/assessment-review",
				SliceApi.review("SUPPORTED"));

		this.browser.login("perf", Logins.PASSWORD);
		this.browser.go("/tracking/board?fiscalYear=" + YEAR);
		By table = By.cssSelector("[data-testid='board-table'] .ant-table-tbody");
		this.browser.waitForText(table, waiting);
		this.browser.waitForText(table, inTargets);
		this.browser.waitForText(By.cssSelector("[data-testid='board-counts']"), "进行中：1");
		this.browser.screenshot("90-board");

		this.browser.click(By.cssSelector("[data-count='TARGET_COMPILATION-IN_PROGRESS']"));
		this.browser.waitForNoText(table, waiting);
		this.browser.waitForText(table, inTargets);
		this.browser.waitForText(By.tagName("body"), "清除：绩效目标 · 进行中");
		this.browser.screenshot("91-board-count");

		this.browser.click(By.xpath("//span[contains(@class,'ant-tag')][contains(normalize-space(),'清除：')]//span[contains(@class,'ant-tag-close-icon')]"));
		this.browser.waitForText(table, waiting);
		this.browser.type(By.cssSelector("input[data-testid='board-search']"), waiting + Keys.ENTER);
		this.browser.waitForNoText(table, inTargets);

		this.browser.click(By.xpath("//a[normalize-space()='" + waiting + "']"));
		this.browser.waitForPath("/items/" + waiting);
		this.browser.waitForText(By.tagName("body"), waiting);
		assertThat(this.browser.path()).startsWith("/items/" + waiting);
	}

	private String propose() throws Exception {
		Map<String, Object> body = new HashMap<>(SliceApi.proposal("edu", null, false));
		body.put("fiscalYear", YEAR);
		return this.api.propose("edu", body);
	}

}
