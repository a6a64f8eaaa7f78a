package cn.gov.finance.perf.browser;

import java.util.Optional;

import cn.gov.finance.perf.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test in a real headless Chromium against the running application: one fresh browser per test,
 * skipped (with the reason) when Chromium and chromedriver are not installed. Tagged
 * {@value #TAG}: CI runs them in the README's test command (H2) and leaves them out of the second run on
 * MariaDB ({@code -DexcludedGroups=browser}), where the API tests exercise the same SQL.
 */
@IntegrationTest
@Tag(BrowserTest.TAG)
abstract class BrowserTest {

	static final String TAG = "browser";

	private static final Logger log = LoggerFactory.getLogger(BrowserTest.class);

	private static Browser.Installation chromium;

	@LocalServerPort
	private int port;

	protected Browser browser;

	@BeforeAll
	static void findChromium() {
		Optional<Browser.Installation> found = Browser.chromium();
		if (found.isEmpty()) {
			log.warn(Browser.NOT_INSTALLED);
		}
		Assumptions.assumeTrue(found.isPresent(), Browser.NOT_INSTALLED);
		chromium = found.get();
	}

	@BeforeEach
	void openBrowser() throws Exception {
		this.browser = Browser.open(chromium, "http://localhost:" + this.port);
	}

	/** Opens, from the inbox, the task of this name in the row that mentions the text (an item code, a subject). */
	protected void openTask(String rowText, String taskName) {
		// The inbox URL carries its search, as a bookmarked view does; the row is then on the first page.
		this.browser.go("/tasks?q=" + java.net.URLEncoder.encode(rowText, java.nio.charset.StandardCharsets.UTF_8));
		this.browser.click(By.xpath("//tr[.//*[contains(normalize-space(), '" + rowText + "')]]//a[normalize-space()='"
				+ taskName + "']"));
		this.browser.waitForPath("/tasks/");
	}

	/** Selects what a field holds and types over it, as a user does (clear() does not reach React). */
	protected void replace(By field, String text) {
		this.browser.find(field).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
	}

	@AfterEach
	void closeBrowser() throws Exception {
		if (this.browser != null) {
			this.browser.close();
		}
	}

}
