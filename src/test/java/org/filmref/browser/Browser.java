package org.filmref.browser;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.filmref.web.PageTypes;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * One headless Chrome pointed at the running application: navigation by path, DevTools emulation of media, colour
 * scheme and window size, and axe-core checks. Closed by {@link BrowserExtension} after its test class.
 */
public final class Browser implements AutoCloseable {

	/** The axe-core rule tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
	public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	/**
	 * What the site is checked against: WCAG 2.2 AA, and axe-core's best practices, which hold the rules on
	 * landmarks and heading order.
	 */
	public static final List<String> CHECKED_RULES = Stream.concat(WCAG_22_AA.stream(), Stream.of("best-practice"))
		.toList();

	private static final String AXE_SOURCE = axeSource();

	private static final Json JSON = new Json();

	private final ChromeDriver driver;

	private final ChromeDriverService service;

	private final Path profile;

	private final String baseUrl;

	Browser(ChromeDriver driver, ChromeDriverService service, Path profile, String baseUrl) {
		this.driver = driver;
		this.service = service;
		this.profile = profile;
		this.baseUrl = baseUrl;
	}

	public WebDriver driver() {
		return this.driver;
	}

	public String url(String path) {
		return this.baseUrl + path;
	}

	/** Loads a page of the site by its path (and query or fragment) and waits for it to finish loading. */
	public Browser open(String path) {
		this.driver.get(url(path));
		return this;
	}

	/**
	 * Loads one of the {@link PageTypes}, resolving {@link PageTypes#FIRST_QUOTE_PERMALINK} through the film page's
	 * first permalink.
	 */
	public Browser openPageType(String path) {
		if (PageTypes.FIRST_QUOTE_PERMALINK.equals(path)) {
			open(PageTypes.FILM);
			path = find(PageTypes.FIRST_QUOTE_PERMALINK_LINK).getDomAttribute("href");
		}
		return open(path);
	}

	/** The path, query and fragment of the current page. */
	public String location() {
		URI uri = URI.create(this.driver.getCurrentUrl());
		return uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "")
				+ (uri.getRawFragment() != null ? "#" + uri.getRawFragment() : "");
	}

	/** Waits until the current page's path (and fragment) is the given one, after a click. */
	public Browser waitForLocation(String location) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(d -> location().equals(location));
		return this;
	}

	public WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	@SuppressWarnings("unchecked")
	public <T> T script(String script, Object... args) {
		return (T) ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/**
	 * What went wrong loading the pages opened since the last call: console messages at warning level or above and
	 * requests that failed or answered 400 or more, each described; empty when all went well. Reading the logs
	 * empties them. Messages and requests for {@code page}, the document itself (an error page answers an error on
	 * purpose), are left out.
	 */
	public List<String> loadProblems(String page) {
		List<String> problems = new ArrayList<>();
		for (LogEntry entry : this.driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.WARNING.intValue()
					&& !entry.getMessage().startsWith(page + " - Failed to load resource")) {
				problems.add("console " + entry.getLevel() + ": " + entry.getMessage());
			}
		}
		Map<String, String> urls = new HashMap<>();
		for (LogEntry entry : this.driver.manage().logs().get(LogType.PERFORMANCE)) {
			Map<String, Object> message = map(map(JSON.toType(entry.getMessage(), Map.class)).get("message"));
			Map<String, Object> params = map(message.get("params"));
			String requestId = String.valueOf(params.get("requestId"));
			switch (String.valueOf(message.get("method"))) {
				case "Network.requestWillBeSent" -> urls.put(requestId, String.valueOf(map(params.get("request")).get("url")));
				case "Network.responseReceived" -> {
					Map<String, Object> response = map(params.get("response"));
					long status = ((Number) response.get("status")).longValue();
					if (status >= 400 && !page.equals(response.get("url"))) {
						problems.add("request " + response.get("url") + " answered " + status);
					}
				}
				case "Network.loadingFailed" -> {
					String url = urls.getOrDefault(requestId, "(request " + requestId + ")");
					if (!page.equals(url)) {
						problems.add("request " + url + " failed: " + params.get("errorText")
								+ (params.get("blockedReason") != null ? " (" + params.get("blockedReason") + ")" : ""));
					}
				}
				default -> {
				}
			}
		}
		return problems;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

	/**
	 * Emulates a CSS media type ({@code "screen"}, {@code "print"}) and a {@code prefers-color-scheme} through
	 * Chrome DevTools; {@code null}s emulate nothing. Call {@link #resetEmulation()} when done.
	 */
	public Browser emulateMedia(String media, String colorScheme) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("media", media != null ? media : "", "features",
						List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme != null ? colorScheme : ""))));
		return this;
	}

	/**
	 * Emulates a phone's viewport of the given CSS pixel size: scrollbars overlay the page, as on phones, but the
	 * page is laid out at exactly this width (no mobile zooming out that would hide an overflow).
	 */
	public Browser viewport(int width, int height) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
		this.driver.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", true));
		return this;
	}

	/** Back to the window's own media, colour scheme and size. */
	public Browser resetEmulation() {
		emulateMedia(null, null);
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		this.driver.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", false));
		return this;
	}

	/**
	 * Runs axe-core's WCAG 2.2 A and AA rules and its best practices on the current page and describes each
	 * violation, one rule a paragraph with its failing elements, ready for an assertion message; empty when there
	 * are none.
	 */
	public List<String> accessibilityViolations() {
		AxeBuilder axe = new AxeBuilder().withTags(CHECKED_RULES)
			// No frames on this site: the legacy single-run mode saves the extra window the partial mode opens.
			.setLegacyMode(true);
		// Half a megabyte of script: injected once a page, not once a run.
		axe.setInjectAxe(driver -> {
			if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
				script(AXE_SOURCE);
			}
		}, false);
		Results results = axe.analyze(this.driver);
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core failed on " + location() + ": " + results.getErrorMessage());
		}
		return results.getViolations().stream().map(Browser::describe).toList();
	}

	private static String describe(Rule rule) {
		String nodes = rule.getNodes()
			.stream()
			.limit(10)
			.map(Browser::describe)
			.collect(Collectors.joining("\n"));
		String more = rule.getNodes().size() > 10 ? "\n    … and " + (rule.getNodes().size() - 10) + " more" : "";
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — " + rule.getHelpUrl() + "\n" + nodes
				+ more;
	}

	private static String describe(CheckedNode node) {
		String html = node.getHtml().length() > 160 ? node.getHtml().substring(0, 160) + "…" : node.getHtml();
		return "  - " + node.getTarget() + "\n    " + html + "\n    "
				+ String.valueOf(node.getFailureSummary()).replace("\n", "\n    ");
	}

	private static String axeSource() {
		try {
			return new EmbeddedResourceAxeProvider().getScript();
		}
		catch (Exception ex) {
			throw new IllegalStateException("axe.min.js is missing from the axe-core Selenium jar", ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			this.service.stop();
			try {
				FileSystemUtils.deleteRecursively(this.profile);
			}
			catch (java.io.IOException ex) {
				// A temporary profile left behind is harmless.
			}
		}
	}

}
