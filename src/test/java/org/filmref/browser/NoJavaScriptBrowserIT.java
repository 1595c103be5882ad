package org.filmref.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site works with JavaScript switched off (by Chrome's content-settings policy, as an administrator or a
 * cautious reader would): the header's search form is a plain GET form.
 */
@BrowserTest(javascript = false)
class NoJavaScriptBrowserIT {

	@Test
	void javaScriptIsReallyOff(Browser browser) {
		browser.driver().get("data:text/html,<title>off</title><script>document.title = 'on'</script>");

		assertThat(browser.driver().getTitle()).isEqualTo("off");
	}

	@Test
	void theHeaderSearchFormWorksWithoutJavaScript(Browser browser) {
		browser.open("/films/leaving-las-vegas");
		WebElement form = browser.find("header form[role=search]");
		assertThat(form.getDomAttribute("method")).isEqualToIgnoringCase("get");
		assertThat(form.getDomAttribute("action")).isEqualTo("/search");

		WebElement query = form.findElement(By.name("q"));
		query.sendKeys("Nicolas Cage");
		form.findElement(By.cssSelector("button[type=submit]")).click();

		browser.waitForLocation("/search?q=Nicolas+Cage");
		assertThat(browser.find("#site-search-q").getDomProperty("value")).isEqualTo("Nicolas Cage");
		assertThat(browser.findAll("main a[href='/people/nicolas-cage']")).as("a result links to Nicolas Cage's page")
			.isNotEmpty();
	}

}
