package cn.gov.finance.perf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.finance.perf.Logins;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Deep links survive a reload: 信息公开 and the substitutes page open as themselves, an unknown path
 * shows the app's own 404 page (never the server's JSON), and a deep link before login comes back
 * after it. A refusal from the server is said in the UI's language: Chinese, and English after the
 * switch.
 */
class RoutesBrowserTest extends BrowserTest {

	@Test
	void reloadingAnyPageShowsThePageOrTheAppsOwn404() {
		this.browser.login("health", Logins.PASSWORD);
		this.browser.go("/disclosure");
		this.browser.waitForText(By.cssSelector(".app-content"), "信息公开");
		this.browser.go("/me/substitutes");
		this.browser.waitForText(By.cssSelector(".app-content"), "休假代理");
		this.browser.go("/no/such/page");
		this.browser.waitForText(By.cssSelector("[data-testid='not-found']"), "页面不存在");
		assertThat(this.browser.find(By.tagName("body")).getText()).doesNotContain("\"title\"");
		this.browser.screenshot("91-not-found");
		this.browser.click(By.xpath("//button[normalize-space()='回到我的待办']"));
		this.browser.waitForPath("/tasks");
	}

	@Test
	void theServersMessagesFollowTheLanguageOfTheUi() {
		this.browser.login("edu", Logins.PASSWORD);
		this.browser.go("/items/NOPE");
		this.browser.waitForText(By.cssSelector(".app-content"), "项目 NOPE 不存在");
		this.browser.click(Browser.button("English"));
		this.browser.go("/items/NOPE");
		this.browser.waitForText(By.cssSelector(".app-content"), "Item NOPE does not exist");
		assertThat(this.browser.find(By.cssSelector(".app-content")).getText()).doesNotContain("不存在");
		this.browser.screenshot("92-server-message-in-english");
		this.browser.click(Browser.button("中文"));
	}

}
