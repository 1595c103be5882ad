package org.filmref.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

/**
 * Runs {@link BrowserTest} classes: skips them where Debian's Chromium is not installed (fails instead under
 * {@code CI=true}), starts one headless Chrome per class against the application's random port, hands it to test
 * methods as a {@link Browser}, saves a screenshot and the page source of every failed test under
 * {@code target/browser-screenshots/}, and quits Chrome after the class.
 *
 * <p>The browser and its driver are given by path, so Selenium Manager never runs and nothing is downloaded.
 */
class BrowserExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver, AfterTestExecutionCallback {

	/** Debian's Chromium; another build can be named with {@code -Dfilmref.chromium=...}. */
	static final Path CHROMIUM = Paths.get(System.getProperty("filmref.chromium", "/usr/bin/chromium"));

	/** Debian's ChromeDriver, of the same version; {@code -Dfilmref.chromedriver=...} names another. */
	static final Path CHROMEDRIVER = Paths.get(System.getProperty("filmref.chromedriver", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");

	/** The skip is said once a run on the console, not once a class. */
	private static volatile boolean skipReported;

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (installed() || onCi()) {
			return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed (or CI=true requires them)");
		}
		String reason = missingMessage() + " Skipping the browser tests.";
		if (!skipReported) {
			skipReported = true;
			System.err.println("[filmref] " + reason);
		}
		return ConditionEvaluationResult.disabled(reason);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		if (!installed()) {
			throw new IllegalStateException(missingMessage() + " CI=true requires the browser tests to run.");
		}
		// Spring's extension runs first: the context (and with it the server's port) is ready, or starts now.
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		boolean javascript = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), BrowserTest.class)
			.map(BrowserTest::javascript)
			.orElse(true);
		Path profile = Files.createTempDirectory("filmref-chrome-");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-extensions", "--disable-default-apps", "--mute-audio", "--window-size=1280,900",
				"--user-data-dir=" + profile.toAbsolutePath());
		// The console and the network events, for Browser#loadProblems.
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
		options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
		if (!javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriver driver;
		try {
			driver = new ChromeDriver(service, options);
		}
		catch (RuntimeException ex) {
			service.stop();
			FileSystemUtils.deleteRecursively(profile);
			throw ex;
		}
		// axe-core's run over the longest pages (a category's whole history) can pass Selenium's default 30 s
		// script timeout on two busy cores.
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(120));
		context.getStore(NAMESPACE).put(Browser.class, new Browser(driver, service, profile, "http://localhost:" + port));
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return browser(context);
	}

	@Override
	public void afterTestExecution(ExtensionContext context) throws IOException {
		if (context.getExecutionException().isEmpty()) {
			return;
		}
		Browser browser = browser(context);
		String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
				+ context.getDisplayName().replaceAll("[^A-Za-z0-9._-]+", "_");
		Files.createDirectories(SCREENSHOTS);
		try {
			Path png = SCREENSHOTS.resolve(name + ".png");
			Files.write(png, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
			Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.driver().getPageSource());
			System.err.println("Browser test failed at " + browser.driver().getCurrentUrl() + "; screenshot and page source: "
					+ png.toAbsolutePath());
		}
		catch (RuntimeException ex) {
			System.err.println("Browser test failed; no screenshot could be taken: " + ex);
		}
	}

	private static Browser browser(ExtensionContext context) {
		// Methods run in the class's context's child; the class-level store is found from either.
		return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
	}

	private static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	private static boolean onCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	private static String missingMessage() {
		return "The browser tests need Debian's Chromium at " + CHROMIUM + " and its driver at " + CHROMEDRIVER
				+ "; install them with `sudo apt-get install chromium chromium-driver` (.ci/run does so when they are missing).";
	}

}
