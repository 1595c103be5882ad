package org.filmref.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type loads cleanly: no request for a stylesheet, icon or other sub-resource fails or answers an error,
 * and nothing is logged on the console (no CSP violation, no missing favicon).
 */
@BrowserTest
class PageLoadBrowserIT {

	@ParameterizedTest
	@MethodSource("org.filmref.web.PageTypes#all")
	void everyPageTypeLoadsWithoutAFailedRequestOrAConsoleMessage(String path, Browser browser) {
		// From a blank page, so that a page type that differs from the last only by its fragment is loaded anew.
		browser.driver().get("about:blank");
		browser.loadProblems("");
		browser.openPageType(path);
		String page = browser.driver().getCurrentUrl().replaceFirst("#.*$", "");
		// The favicon is fetched after the load event, by the browser itself: give it a moment to be asked for.
		browser.script("return new Promise(done => setTimeout(done, 300))");

		assertThat(browser.loadProblems(page)).as("problems loading %s", browser.location()).isEmpty();
	}

}
