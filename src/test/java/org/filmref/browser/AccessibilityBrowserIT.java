package org.filmref.browser;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 AA in a real browser: axe-core finds no violations on any page type, in the light and the dark colour
 * scheme; the keyboard reaches the content through the skip link and always shows where its focus is.
 */
@BrowserTest
class AccessibilityBrowserIT {

	@AfterEach
	void reset(Browser browser) {
		browser.resetEmulation();
	}

	@ParameterizedTest
	@MethodSource("org.filmref.web.PageTypes#all")
	void everyPageTypeHasNoWcagViolationsInLightAndDarkSchemes(String path, Browser browser) {
		browser.openPageType(path);
		assertThat(browser.<String>script("document.getElementById('content').focus(); return document.activeElement.id"))
			.as("the skip link's target, #content, takes focus (main needs tabindex=\"-1\")")
			.isEqualTo("content");
		List<String> light = browser.accessibilityViolations();
		// The emulated scheme applies to the loaded page at once: no second load.
		browser.emulateMedia(null, "dark");
		assertThat(browser.<String>script("return getComputedStyle(document.body).backgroundColor"))
			.as("the dark scheme is in effect")
			.isNotEqualTo("rgb(255, 255, 255)");
		List<String> dark = browser.accessibilityViolations();

		assertThat(light).as("axe-core violations (WCAG 2.2 AA, best practices) on %s", browser.location()).isEmpty();
		assertThat(dark).as("axe-core violations (WCAG 2.2 AA, best practices) in the dark scheme on %s", browser.location()).isEmpty();
	}

	@Test
	void theSkipLinkIsTheFirstStopAndMovesFocusToTheContent(Browser browser) {
		browser.open("/films/leaving-las-vegas");
		Actions keyboard = new Actions(browser.driver());

		keyboard.sendKeys(Keys.TAB).perform();
		WebElement skip = browser.driver().switchTo().activeElement();
		assertThat(skip.getDomAttribute("class")).isEqualTo("skip-link");
		assertThat(skip.getDomAttribute("href")).isEqualTo("#content");
		assertThat(skip.isDisplayed()).isTrue();
		assertThat(skip.getRect().getY()).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);

		keyboard.sendKeys(Keys.ENTER).perform();
		assertThat(browser.location()).endsWith("#content");
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("content");

		keyboard.sendKeys(Keys.TAB).perform();
		WebElement next = browser.driver().switchTo().activeElement();
		assertThat(browser.<Boolean>script("return document.getElementById('content').contains(arguments[0])", next))
			.as("the next Tab stays in the content, at %s", next.getDomAttribute("href")).isTrue();
	}

	@Test
	void keyboardFocusIsVisible(Browser browser) {
		browser.open("/films/leaving-las-vegas");
		Actions keyboard = new Actions(browser.driver());

		// The skip link, the site name, then the first navigation link: all links, each with an outline.
		for (int stop = 1; stop <= 3; stop++) {
			keyboard.sendKeys(Keys.TAB).perform();
			WebElement focused = browser.driver().switchTo().activeElement();
			assertThat(focused.getTagName()).isEqualTo("a");
			assertThat(focused.getCssValue("outline-style")).as("outline of focused %s", focused.getText())
				.isNotEqualTo("none");
			assertThat(focused.getCssValue("outline-width")).as("outline of focused %s", focused.getText())
				.isNotEqualTo("0px");
		}
	}

}
