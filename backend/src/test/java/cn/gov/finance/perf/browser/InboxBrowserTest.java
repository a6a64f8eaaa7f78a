package cn.gov.finance.perf.browser;

import static cn.gov.finance.perf.SliceApi.assessment;
import static cn.gov.finance.perf.SliceApi.proposal;
import static cn.gov.finance.perf.browser.Browser.button;
import static cn.gov.finance.perf.browser.Browser.label;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.SliceApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The approver's inbox as a finance officer uses it: search and filter, open a task, approve it,
 * read the success message, open the next task with one key; a task a colleague claimed opens read
 * only, naming the colleague.
 */
class InboxBrowserTest extends BrowserTest {

	@Autowired
	private SliceApi api;

	@Test
	void financeFiltersOpensApprovesAndGoesOnToTheNextTask() throws Exception {
		String marker = "收件箱浏览器-" + System.nanoTime();
		String first = reviewWaiting(marker + "-甲");
		String second = reviewWaiting(marker + "-乙");
		String claimed = reviewWaiting(marker + "-丙");
		// A colleague claims the third one.
		String colleagues = this.api.taskWithKey("perf2", claimed, "Task_ReviewAssessment");
		this.api.post("perf2", "/api/tasks/" + colleagues + "/claim", Map.of()).andExpect(status().isOk());

		this.browser.login("perf", Logins.PASSWORD);
		// Search, then narrow by stage and kind of task; the URL carries the view.
		this.browser.type(By.cssSelector("input[data-testid='inbox-search']"), marker + Keys.ENTER);
		this.browser.waitForText(By.cssSelector(".ant-table-tbody"), first);
		this.browser.click(By.cssSelector("[data-testid='filter-taskKey']"));
		this.browser.click(By.xpath("//div[contains(@class,'ant-select-item-option')][starts-with(normalize-space(), '审核事前绩效评估')]"));
		this.browser.find(By.tagName("body")).sendKeys(Keys.ESCAPE);
		this.browser.waitForPath("/tasks?");
		assertThat(this.browser.path()).contains("taskKey=Task_ReviewAssessment").contains("q=");
		this.browser.waitForText(By.cssSelector(".ant-table-tbody"), second);
		this.browser.screenshot("71-inbox-filtered");
		// A task a colleague has claimed is theirs now: it is not in my list.
		assertThat(this.browser.find(By.cssSelector(".ant-table-tbody")).getText()).doesNotContain(claimed);

		// Open the first, support it, and read what was done.
		this.browser.click(By.xpath("//tr[.//*[contains(normalize-space(), '" + first + "')]]//a[normalize-space()='审核事前绩效评估']"));
		this.browser.waitForPath("/tasks/");
		this.browser.waitForText(By.tagName("body"), "待审核的评估");
		this.browser.click(label("予以支持"));
		this.browser.type(By.id("opinion"), "同意，予以支持。");
		this.browser.click(button("提交"));
		this.browser.waitForText(By.cssSelector("[data-testid='step-done']"), "已办结「审核事前绩效评估」");
		this.browser.waitForText(By.cssSelector("[data-testid='step-done']"), first);
		assertThat(this.browser.path()).contains("taskKey=Task_ReviewAssessment");
		this.browser.screenshot("72-inbox-done");
		this.browser.waitForNoText(By.cssSelector(".ant-table-tbody"), first);

		// One key opens the next task of the list.
		this.browser.find(By.tagName("body")).sendKeys("n");
		this.browser.waitForPath("/tasks/");
		this.browser.waitForText(By.tagName("body"), "待审核的评估");
		this.browser.waitForText(By.tagName("body"), second);

		// The colleague's task opens read only, saying who holds it.
		this.browser.go("/tasks/" + colleagues);
		this.browser.waitForText(By.cssSelector("[data-testid='read-only']"), "马绩效");
		this.browser.screenshot("73-inbox-read-only");
		assertThat(this.browser.find(By.xpath("//button[normalize-space()='提交']")).isEnabled()).isFalse();
	}

	/** A project whose ex-ante assessment waits for finance's review; its name carries the marker. */
	private String reviewWaiting(String name) throws Exception {
		Map<String, Object> body = proposal("edu", null, false);
		body.put("name", name);
		String code = this.api.propose("edu", body);
		this.api.post("edu", "/api/tasks/" + this.api.taskOf("edu", code) + "/assessment", assessment(18, 17, 16, 18, 19))
			.andExpect(status().isCreated());
		return code;
	}

}
