package cn.gov.finance.perf.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver packages) driven by Selenium.
 * {@link #chromium()} tells whether one is installed; browser tests are skipped, with that
 * reason, when it is not.
 */
final class Browser implements AutoCloseable {

	static final String NOT_INSTALLED = "Chromium or chromedriver not found (looked at $CHROME_BIN, /usr/bin/chromium, "
			+ "$CHROMEDRIVER, /usr/bin/chromedriver): browser test SKIPPED. Install with: apt-get install chromium chromium-driver";

	private final WebDriver driver;

	private final WebDriverWait wait;

	private final String baseUrl;

	private final Path userDataDir;

	private Browser(WebDriver driver, String baseUrl, Path userDataDir) {
		this.driver = driver;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		this.baseUrl = baseUrl;
		this.userDataDir = userDataDir;
	}

	record Installation(Path browser, Path driver) {
	}

	static Optional<Installation> chromium() {
		Optional<Path> browser = firstExecutable(System.getenv("CHROME_BIN"), "/usr/bin/chromium", "/usr/bin/chromium-browser",
				"/usr/bin/google-chrome");
		Optional<Path> driver = firstExecutable(System.getenv("CHROMEDRIVER"), "/usr/bin/chromedriver");
		return browser.isPresent() && driver.isPresent() ? Optional.of(new Installation(browser.get(), driver.get()))
				: Optional.empty();
	}

	static Browser open(Installation installation, String baseUrl) throws IOException {
		Path userDataDir = Files.createTempDirectory("chromium-test");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(installation.browser().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + userDataDir);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(installation.driver().toFile())
			.usingAnyFreePort()
			.build();
		return new Browser(new ChromeDriver(service, options), baseUrl, userDataDir);
	}

	void go(String path) {
		this.driver.get(this.baseUrl + path);
	}

	String path() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	WebElement find(By by) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** Clicks the element once clickable; found again if React replaced it in between. */
	void click(By by) {
		this.wait.ignoring(StaleElementReferenceException.class).until(d -> {
			WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
			if (element == null) {
				return false;
			}
			element.click();
			return true;
		});
	}

	/** Hands a file to a file input (hidden behind its button, as antd's Upload renders it). */
	/** Chooses the files in a file input (several at once where it takes several). */
	void upload(By input, java.nio.file.Path... files) {
		this.wait.until(ExpectedConditions.presenceOfElementLocated(input))
			.sendKeys(java.util.Arrays.stream(files)
				.map(file -> file.toAbsolutePath().toString())
				.collect(java.util.stream.Collectors.joining("\n")));
	}

	void waitForInvisible(By by) {
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
	}

	/** Moves the mouse over the element (opens a submenu). */
	void hover(By by) {
		WebElement element = this.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
		new org.openqa.selenium.interactions.Actions(this.driver).moveToElement(element).perform();
	}

	/** Types into an empty field; found again if React replaced it in between (a re-render after loading). */
	void type(By by, String text) {
		this.wait.ignoring(StaleElementReferenceException.class).until(d -> {
			WebElement field = find(by);
			field.clear();
			field.sendKeys(text);
			return true;
		});
	}

	void waitForText(By by, String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
	}

	void waitForNoText(By by, String text) {
		this.wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(by, text)));
	}

	/** Waits for a form field to hold a value (getText() does not see what inputs hold). */
	void waitForValue(By by, String value) {
		this.wait.until(ExpectedConditions.attributeToBe(by, "value", value));
	}

	/** Waits for a form field to hold a value containing the part. */
	void waitForValueContaining(By by, String part) {
		this.wait.until(ExpectedConditions.attributeContains(by, "value", part));
	}

	void waitForEnabled(By by) {
		this.wait.until(ExpectedConditions.elementToBeClickable(by));
	}

	/**
	 * Waits until no finite CSS transition or animation is running (a button that just turned from
	 * disabled to enabled fades its colour over 0.2 s), so what is checked is the page at rest.
	 * Endless ones (a spinner) are not waited for.
	 */
	void waitForStill() {
		this.wait.until(d -> Boolean.TRUE.equals(script("""
				return document.getAnimations().every((a) => a.playState !== 'running'
				  || a.effect == null || a.effect.getComputedTiming().endTime === Infinity);""")));
	}

	void waitForPath(String prefix) {
		this.wait.until(d -> path().startsWith(prefix));
	}

	List<WebElement> all(By by) {
		return this.driver.findElements(by);
	}

	static By button(String text) {
		return By.xpath("//button[normalize-space()='" + text + "']");
	}

	static By label(String text) {
		return By.xpath("//label[normalize-space()='" + text + "']");
	}

	static By text(String text) {
		return By.xpath("//*[normalize-space(text())='" + text + "']");
	}

	void login(String user, String password) {
		go("/login");
		type(By.id("username"), user);
		type(By.id("password"), password);
		click(button("登录"));
		waitForPath("/tasks");
		find(By.cssSelector("[data-testid='current-user']"));
	}

	void logout() {
		click(button("退出登录"));
		waitForPath("/login");
	}

	void screenshot(String name) {
		try {
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			File file = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
			Files.copy(file.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The window's size, as a phone's or a desktop's screen. */
	void resize(int width, int height) {
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
	}

	/** How much wider the page is than the window (0 when nothing scrolls sideways). */
	long sidewaysOverflow() {
		Object overflow = script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		return ((Number) overflow).longValue();
	}

	Object script(String js, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(js, args);
	}

	/** Runs a script that calls its last argument with the result (a promise's, say), waiting up to a minute. */
	Object asyncScript(String js, Object... args) {
		this.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
		return ((JavascriptExecutor) this.driver).executeAsyncScript(js, args);
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		try (Stream<Path> files = Files.walk(this.userDataDir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	private static Optional<Path> firstExecutable(String... candidates) {
		return Stream.of(candidates)
			.filter(c -> c != null && !c.isBlank())
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst();
	}

}
