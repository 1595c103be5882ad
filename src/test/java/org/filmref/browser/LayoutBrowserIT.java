package org.filmref.browser;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout beyond a desktop screen: phone-sized windows never scroll sideways, and the printed page leaves out
 * the site's chrome and spells out the addresses of its references.
 */
@BrowserTest
class LayoutBrowserIT {

	/** Lists the elements that stick out to the right of the viewport, innermost first, for failure messages. */
	private static final String OVERFLOWING = """
			const width = window.innerWidth;
			return Array.from(document.querySelectorAll('body *'))
			  .filter(e => e.getBoundingClientRect().right > width + 0.5
			    && !Array.from(e.children).some(c => c.getBoundingClientRect().right > width + 0.5))
			  .slice(0, 10)
			  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
			    + ' right=' + Math.round(e.getBoundingClientRect().right) + ' "' + (e.textContent || '').trim().slice(0, 40) + '"');
			""";

	@AfterEach
	void reset(Browser browser) {
		browser.resetEmulation();
	}

	@ParameterizedTest
	@MethodSource("org.filmref.web.PageTypes#all")
	void phoneSizedWindowsNeverScrollSideways(String path, Browser browser) {
		for (int[] size : List.of(new int[] { 320, 640 }, new int[] { 375, 812 })) {
			browser.viewport(size[0], size[1]);
			browser.openPageType(path);

			long innerWidth = browser.<Long>script("return window.innerWidth");
			long scrollWidth = browser.<Long>script("return document.documentElement.scrollWidth");
			assertThat(innerWidth).isEqualTo(size[0]);
			assertThat(scrollWidth).as("page width at %dpx on %s; sticking out: %s", size[0], browser.location(),
					browser.<List<String>>script(OVERFLOWING))
				.isLessThanOrEqualTo(innerWidth);
		}
	}

	@Test
	void printingShowsReferenceAddressesAndHidesTheSiteChrome(Browser browser) {
		browser.open("/films/leaving-las-vegas");
		browser.emulateMedia("print", null);

		WebElement reference = browser.find("#references a[href^='http']");
		String href = reference.getDomAttribute("href");
		String printed = browser.script("return getComputedStyle(arguments[0], '::after').content", reference);
		assertThat(printed).as("printed after the reference link").contains(href);
		assertThat(browser.find(".site-header").getCssValue("display")).isEqualTo("none");
		assertThat(browser.find(".site-header").isDisplayed()).isFalse();
		assertThat(browser.find(".site-footer").isDisplayed()).isFalse();
		assertThat(browser.find("main h1").isDisplayed()).isTrue();

		browser.emulateMedia("screen", null);
		assertThat(browser.find(".site-header").isDisplayed()).as("on screen, the header is back").isTrue();
		assertThat(browser.<String>script("return getComputedStyle(arguments[0], '::after').content", reference))
			.doesNotContain(href);
	}

}
