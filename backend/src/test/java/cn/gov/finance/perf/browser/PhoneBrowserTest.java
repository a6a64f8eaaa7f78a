package cn.gov.finance.perf.browser;

import static cn.gov.finance.perf.SliceApi.assessment;
import static cn.gov.finance.perf.SliceApi.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.SliceApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a phone (390 × 844): the menu is a drawer, and no main page scrolls sideways — wide tables
 * scroll inside themselves. A department and finance walk their pages and a task.
 */
class PhoneBrowserTest extends BrowserTest {

	@Autowired
	private SliceApi api;

	@Test
	void mainPagesFitA390PixelScreen() throws Exception {
		String code = this.api.propose("edu", proposal("edu", null, false));
		String fill = this.api.taskOf("edu", code);
		this.browser.login("edu", Logins.PASSWORD);
		this.browser.resize(390, 844);

		for (String page : List.of("/tasks", "/items", "/items/" + code, "/tasks/" + fill, "/tracking/monitoring",
				"/tracking/coverage", "/disclosure", "/library", "/me/substitutes")) {
			this.browser.go(page);
			this.browser.find(By.cssSelector(".app-content .ant-card"));
			assertThat(this.browser.sidewaysOverflow()).as("sideways overflow of %s at 390 px", page).isLessThanOrEqualTo(0);
		}
		this.browser.go("/tasks");
		this.browser.screenshot("95-phone-inbox");

		// The menu opens as a drawer and leads to a page.
		this.browser.click(By.cssSelector("[data-testid='nav-drawer-open']"));
		this.browser.click(By.xpath("//*[@data-testid='nav-drawer']//li[contains(@class,'ant-menu-item')][normalize-space()='项目库']"));
		this.browser.waitForPath("/items");
		this.browser.screenshot("96-phone-items");

		// Finance's review of the assessment fits as well.
		this.api.post("edu", "/api/tasks/" + fill + "/assessment", assessment(18, 17, 16, 18, 19)).andExpect(status().isCreated());
		String review = this.api.taskWithKey("perf", code, "Task_ReviewAssessment");
		this.browser.resize(1400, 900);
		this.browser.logout();
		this.browser.login("perf", Logins.PASSWORD);
		this.browser.resize(390, 844);
		this.browser.go("/tasks/" + review);
		this.browser.waitForText(By.tagName("body"), "待审核的评估");
		assertThat(this.browser.sidewaysOverflow()).as("sideways overflow of the review at 390 px").isLessThanOrEqualTo(0);
		this.browser.screenshot("97-phone-review");
	}

}
