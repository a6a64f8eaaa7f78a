package cn.gov.finance.perf.browser;

import static cn.gov.finance.perf.SliceApi.proposal;
import static cn.gov.finance.perf.browser.Browser.button;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.finance.perf.SliceApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * An audit review in a real headless Chromium: the audit office opens it on an item page, records
 * a finding, refers it to discipline inspection and closes the review; the department then reads it.
 */
class AuditReviewBrowserTest extends BrowserTest {

	@Autowired
	private SliceApi api;

	@Test
	void theAuditOfficeReviewsAnItemAndRefersACase() throws Exception {
		String code = this.api.propose("edu", proposal("edu", null, false));

		this.browser.login("audit", "demo123");
		this.browser.go("/items/" + code);
		this.browser.click(button("发起审计复核"));
		this.browser.type(By.id("scope"), "事前评估与目标编制的真实性");
		this.browser.click(button("发起审计复核"));
		this.browser.waitForText(By.tagName("body"), "复核中");

		this.browser.go("/tasks?q=" + code);
		this.browser.click(By.xpath("//tr[.//*[contains(normalize-space(), '" + code + "')]]//a[normalize-space()='审计复核']"));
		this.browser.waitForPath("/tasks/");
		this.browser.type(By.id("description"), "虚列支出，套取专项资金。");
		this.browser.type(By.id("amount"), "380000");
		this.browser.click(By.xpath("//label[.//span[normalize-space()='严重']]"));
		this.browser.click(button("记录问题"));
		this.browser.waitForText(By.cssSelector(".ant-table-tbody"), "虚列支出");

		this.browser.click(By.xpath("//td//button[normalize-space()='移送纪检监察']"));
		this.browser.type(By.id("referralNo"), "锡审移〔2026〕7号");
		this.browser.type(By.id("reason"), "涉嫌套取专项资金。");
		this.browser.click(By.xpath("//div[contains(@class,'ant-modal-footer')]//button[normalize-space()='移送纪检监察']"));
		this.browser.waitForText(By.cssSelector(".ant-table-tbody"), "锡审移〔2026〕7号");
		this.browser.screenshot("71-audit-review");
		this.browser.type(By.id("conclusion"), "发现问题 1 个，移送 1 件。");
		this.browser.click(button("结束复核"));
		this.browser.waitForText(By.tagName("body"), "已办结");
		this.browser.logout();

		this.browser.login("edu", "demo123");
		this.browser.go("/items/" + code);
		this.browser.waitForText(By.tagName("body"), "发现问题 1 个，移送 1 件。");
		this.browser.screenshot("72-audit-review-item");
		assertThat(this.browser.find(By.tagName("body")).getText()).contains("已结束", "锡审移〔2026〕7号")
			.doesNotContain("发起审计复核");
	}

}
