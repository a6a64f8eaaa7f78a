package cn.gov.finance.perf.browser;

import static cn.gov.finance.perf.SliceApi.assessment;
import static cn.gov.finance.perf.SliceApi.proposal;
import static cn.gov.finance.perf.SliceApi.review;
import static cn.gov.finance.perf.browser.Browser.button;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.SliceApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Approver inbox II in the browser: claim and approve with the keyboard, send a task back with the
 * server's preview (and the department reads why, in a notification and on the task), approve a
 * batch in which a colleague got to one task first.
 */
class InboxActionsBrowserTest extends BrowserTest {

	static final String REVIEW = "Task_ReviewAssessment";

	@Autowired
	private SliceApi api;

	@Test
	void claimAndApproveFromTheKeyboard() throws Exception {
		String marker = "认领审批-" + System.nanoTime();
		String code = reviewWaiting(marker);
		String taskId = this.api.taskWithKey("perf", code, REVIEW);

		this.browser.login("perf", Logins.PASSWORD);
		this.browser.go("/tasks?q=" + java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8));
		this.browser.waitForText(By.cssSelector(".ant-table-tbody"), code);
		// ? lists the keys; Enter opens the row under the cursor.
		body().sendKeys("?");
		this.browser.waitForText(By.cssSelector(".ant-modal"), "键盘快捷键");
		this.browser.screenshot("81-inbox-shortcuts");
		this.browser.click(By.cssSelector(".ant-modal .ant-btn-primary"));
		this.browser.waitForInvisible(By.cssSelector(".ant-modal"));
		body().sendKeys(Keys.ENTER);
		this.browser.waitForPath("/tasks/" + taskId);
		this.browser.waitForText(By.tagName("body"), "待审核的评估");

		// c claims, a approves with an opinion.
		body().sendKeys("c");
		this.browser.waitForText(By.cssSelector("[data-testid='task-holder']"), "王绩效");
		body().sendKeys("a");
		this.browser.type(By.cssSelector("[data-testid='approve-opinion']"), "材料齐全，同意。");
		this.browser.click(By.cssSelector("[data-testid='approve-confirm']"));
		this.browser.waitForText(By.cssSelector("[data-testid='step-done']"), "已办结「审核事前绩效评估」");
		this.browser.screenshot("82-approved-by-keyboard");

		JsonNode done = this.api.read(this.api.get("perf", "/api/tasks/done?q=" + code).andExpect(status().isOk()));
		assertThat(done.get("content").findValuesAsText("id")).contains(taskId);
		assertThat(done.get("content").get(0).get("opinion").asText()).isEqualTo("材料齐全，同意。");

		// The decision is the item's first link of its tamper-evident chain, intact.
		this.browser.go("/items/" + code);
		this.browser.waitForText(By.cssSelector("[data-testid='chain-intact']"), "1 条决策记录");
	}

	@Test
	void returnShowsWhatWillHappenAndTheDepartmentReadsWhy() throws Exception {
		String marker = "退回预览-" + System.nanoTime();
		String code = reviewWaiting(marker);
		String taskId = this.api.taskWithKey("perf", code, REVIEW);

		this.browser.login("perf", Logins.PASSWORD);
		this.browser.go("/tasks/" + taskId);
		this.browser.waitForText(By.tagName("body"), "待审核的评估");
		this.browser.click(By.cssSelector("[data-testid='action-return']"));
		this.browser.click(By.xpath("//div[@data-testid='return-targets']//label[contains(normalize-space(), '填报事前绩效评估')]"));
		// The preview: which step reopens, for whom, which tasks end.
		this.browser.waitForText(By.cssSelector("[data-testid='return-preview']"), "填报事前绩效评估");
		this.browser.waitForText(By.cssSelector("[data-testid='return-preview']"), "张教育");
		this.browser.waitForText(By.cssSelector("[data-testid='return-preview']"), "审核事前绩效评估");
		// The reason is mandatory.
		this.browser.click(By.cssSelector("[data-testid='return-confirm']"));
		this.browser.waitForText(By.cssSelector(".ant-modal"), "请填写理由");
		this.browser.screenshot("83-return-preview");
		this.browser.type(By.cssSelector("[data-testid='return-opinion']"), "绩效目标与资金规模不匹配，请补充测算依据。");
		this.browser.click(By.cssSelector("[data-testid='return-confirm']"));
		this.browser.waitForText(By.cssSelector("[data-testid='step-done']"), "已退回到「填报事前绩效评估」");
		this.browser.logout();

		// The department hears of it without a reload, and the reopened task says why.
		this.browser.login("edu", Logins.PASSWORD);
		this.browser.click(By.cssSelector("[data-testid='notification-bell']"));
		this.browser.waitForText(By.cssSelector("[data-testid='notification-list']"), "退回");
		this.browser.waitForText(By.cssSelector("[data-testid='notification-list']"), code);
		this.browser.screenshot("84-returned-notification");
		String reopened = this.api.taskWithKey("edu", code, "Task_FillAssessment");
		this.browser.go("/tasks/" + reopened);
		this.browser.waitForText(By.cssSelector("[data-testid='returned-banner']"), "王绩效");
		this.browser.waitForText(By.cssSelector("[data-testid='returned-banner']"), "请补充测算依据");
		this.browser.screenshot("85-returned-task");
	}

	@Test
	void bulkApprovalReportsTheOneAColleagueDidFirst() throws Exception {
		String marker = "批量审批-" + System.nanoTime();
		List<String> codes = List.of(reviewWaiting(marker + "-1"), reviewWaiting(marker + "-2"), reviewWaiting(marker + "-3"));

		this.browser.login("perf", Logins.PASSWORD);
		this.browser.go("/tasks?q=" + java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8));
		for (String code : codes) {
			this.browser.waitForText(By.cssSelector(".ant-table-tbody"), code);
		}
		this.browser.click(By.cssSelector(".ant-table-thead .ant-checkbox"));
		this.browser.waitForText(By.cssSelector("[data-testid='selected-count']"), "已选 3 项");
		this.browser.click(By.cssSelector("[data-testid='bulk-approve']"));
		this.browser.waitForText(By.cssSelector("[data-testid='bulk-plan']"), "3 项将审批通过");
		this.browser.screenshot("86-bulk-preview");

		// Meanwhile a colleague supports the second one.
		String second = this.api.taskWithKey("perf2", codes.get(1), REVIEW);
		this.api.post("perf2", "/api/tasks/" + second + "/assessment-review", review("SUPPORTED")).andExpect(status().isCreated());

		this.browser.type(By.cssSelector("[data-testid='bulk-opinion']"), "同意，予以支持。");
		this.browser.click(By.cssSelector("[data-testid='bulk-confirm']"));
		this.browser.waitForText(By.cssSelector("[data-testid='bulk-summary']"), "成功 2 项，未办理 1 项");
		this.browser.waitForText(By.xpath("//*[@data-testid='bulk-items']//tr[.//*[contains(normalize-space(), '" + codes.get(1) + "')]]"), "未办理");
		this.browser.screenshot("87-bulk-result");
		this.browser.click(By.cssSelector("[data-testid='bulk-confirm']"));
		this.browser.waitForInvisible(By.cssSelector(".ant-modal"));
		for (String code : codes) {
			this.browser.waitForNoText(By.cssSelector(".ant-table-tbody"), code);
		}
		// Two are perf's, with the one opinion; the second is perf2's.
		JsonNode done = this.api.read(this.api.get("perf", "/api/tasks/done?size=50&q=" + marker).andExpect(status().isOk()));
		assertThat(done.get("content").findValuesAsText("itemCode")).containsExactlyInAnyOrder(codes.get(0), codes.get(2));
		assertThat(done.get("content").findValuesAsText("opinion")).containsOnly("同意，予以支持。");
	}

	private org.openqa.selenium.WebElement body() {
		return this.browser.find(By.tagName("body"));
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
