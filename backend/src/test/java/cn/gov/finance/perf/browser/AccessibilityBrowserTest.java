package cn.gov.finance.perf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.finance.perf.Logins;
import cn.gov.finance.perf.SliceApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main pages pass axe-core's WCAG 2 A and AA rules without a serious or critical violation, and
 * the keyboard reaches the login button with a visible focus ring.
 */
class AccessibilityBrowserTest extends BrowserTest {

	static final int YEAR = 2072;

	/** axe-core from the frontend's npm dependencies (./mvnw verify runs npm ci first). */
	private static final Path AXE = Path.of("..", "frontend", "node_modules", "axe-core", "axe.min.js");

	@Autowired
	private SliceApi api;

	private final List<String> violations = new ArrayList<>();

	@Test
	void mainPagesHaveNoSeriousOrCriticalViolations() throws Exception {
		Map<String, Object> body = new HashMap<>(SliceApi.proposal("edu", null, false));
		body.put("fiscalYear", YEAR);
		String code = this.api.propose("edu", body);

		this.browser.go("/login");
		this.browser.find(By.id("username"));
		check("login");

		this.browser.login("edu", Logins.PASSWORD);
		this.browser.go("/tasks?q=" + code);
		this.browser.waitForText(By.cssSelector(".ant-table-tbody"), code);
		check("inbox");

		this.browser.click(By.xpath("//tr[.//*[contains(normalize-space(), '" + code + "')]]//a"));
		this.browser.waitForPath("/tasks/");
		this.browser.find(By.cssSelector("input[aria-label='得分 NECESSITY']"));
		check("task form");

		this.browser.go("/items/" + code);
		this.browser.waitForText(By.tagName("body"), code);
		check("item page");
		this.browser.logout();

		this.browser.login("perf", Logins.PASSWORD);
		this.browser.go("/tracking/board?fiscalYear=" + YEAR);
		this.browser.waitForText(By.cssSelector("[data-testid='board-table'] .ant-table-tbody"), code);
		// The counts come in their own request; their cell for the new item turns enabled when they do.
		this.browser.waitForEnabled(By.cssSelector("button[data-count='ASSESSMENT-IN_PROGRESS']"));
		check("board");

		this.browser.go("/tracking/dashboard?fiscalYear=" + YEAR);
		this.browser.find(By.cssSelector(".echarts-for-react, canvas"));
		check("dashboard");

		assertThat(this.violations).as("serious or critical axe violations").isEmpty();
	}

	@Test
	void theKeyboardReachesTheLoginButtonWithAVisibleFocus() {
		this.browser.go("/login");
		this.browser.type(By.id("username"), "edu");
		this.browser.find(By.id("username")).sendKeys(Keys.TAB);
		assertThat(activeElement("el.id")).isEqualTo("password");
		this.browser.find(By.id("password")).sendKeys("x", Keys.TAB);
		// The next stop after the password is the form's submit button, and it shows where the focus is.
		assertThat(activeElement("el.tagName + ' ' + el.textContent.replace(/\\s/g, '')")).isEqualTo("BUTTON 登录");
		assertThat(activeElement("el.matches(':focus-visible')")).isEqualTo("true");
		assertThat(activeElement("getComputedStyle(el).outlineStyle")).isNotEqualTo("none");
		assertThat(activeElement("parseFloat(getComputedStyle(el).outlineWidth) > 0")).isEqualTo("true");
		this.browser.screenshot("95-focus-login");
	}

	private String activeElement(String expression) {
		return String.valueOf(this.browser.script("const el = document.activeElement; return String(" + expression + ");"));
	}

	/** Runs axe on the page as it is and notes every serious or critical violation (rule, elements). */
	private void check(String page) throws Exception {
		this.browser.waitForStill();
		String axe = Files.readString(AXE, StandardCharsets.UTF_8);
		this.browser.script(axe);
		Object found = this.browser.asyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, resultTypes: ['violations'] })
				  .then((result) => done(result.violations
				    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
				    .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at '
				      + v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ')
				      + (v.nodes.length > 5 ? ' and ' + (v.nodes.length - 5) + ' more' : ''))))
				  .catch((e) => done(['axe failed: ' + e]));
				""");
		this.browser.screenshot("94-axe-" + page.replace(' ', '-'));
		for (Object violation : (List<?>) found) {
			this.violations.add(page + ": " + violation);
		}
	}

}
