package cn.gov.finance.perf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.identity.IdentityDirectory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

/** An administrator creates a user, finds it in the list, and sees the creation in the audit log. */
class PeopleBrowserTest extends BrowserTest {

	@Autowired
	private IdentityDirectory directory;

	@Test
	void adminCreatesAUserAndSeesItInTheListAndTheAuditLog() {
		String id = "pb" + Long.toString(System.nanoTime() % 1_000_000, 36);
		this.browser.login("admin", Logins.PASSWORD);
		this.browser.go("/admin/people");
		this.browser.click(By.cssSelector("[data-testid='people-add']"));
		this.browser.type(By.cssSelector("[data-testid='people-id']"), id);
		this.browser.type(By.cssSelector("[data-testid='people-name']"), "浏览器用户");
		this.browser.type(By.cssSelector("[data-testid='people-password']"), "Browser#2092ok");
		this.browser.click(By.cssSelector("[data-testid='people-save']"));
		this.browser.waitForText(By.tagName("body"), "已保存用户 " + id);
		assertThat(this.directory.userExists(id)).isTrue();

		this.browser.type(By.cssSelector("[data-testid='people-search']"), id);
		// The list is filtered on the server: only the new user is left.
		this.browser.waitForText(By.cssSelector(".ant-pagination-total-text"), "共 1 人");
		this.browser.waitForText(By.cssSelector("[data-testid='people-table'] .ant-table-tbody"), "浏览器用户");
		this.browser.waitForNoText(By.cssSelector("[data-testid='people-table'] .ant-table-tbody"), "王绩效");
		this.browser.screenshot("96-people");

		this.browser.go("/admin/audit-log");
		this.browser.type(By.cssSelector("[data-testid='admin-log-text']"), id);
		this.browser.waitForText(By.cssSelector(".ant-pagination-total-text"), "共 1 条");
		this.browser.waitForText(By.cssSelector("[data-testid='admin-log-table'] .ant-table-tbody"), "user.created");
		this.browser.waitForText(By.cssSelector("[data-testid='admin-log-table'] .ant-table-tbody"), "新建用户 " + id);
		this.browser.screenshot("97-admin-audit-log");
	}

}
