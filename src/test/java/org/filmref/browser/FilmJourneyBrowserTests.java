package org.filmref.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader does on the site, in a real browser: read the film article, follow an award to its ceremony, a
 * nominee to her page and back to the film, and open a critic quote's permalink.
 */
@BrowserTest
class FilmJourneyBrowserTests {

	static final String FILM = "/films/leaving-las-vegas";

	@Test
	void theFilmArticleShowsItsInfoboxCastAndQuotes(Browser browser) {
		browser.open(FILM);

		assertThat(browser.driver().getTitle()).contains("Leaving Las Vegas").contains("1995");
		assertThat(browser.findAll("h1")).singleElement()
			.satisfies(h1 -> assertThat(h1.getText()).isEqualTo("Leaving Las Vegas"));
		WebElement infobox = browser.find("aside.infobox");
		assertThat(infobox.isDisplayed()).isTrue();
		assertThat(infobox.getText()).contains("Mike Figgis").contains("Nicolas Cage");
		WebElement cast = browser.find("table.cast");
		assertThat(cast.isDisplayed()).isTrue();
		List<String> actors = cast.findElements(By.cssSelector("tbody th")).stream().map(WebElement::getText).toList();
		assertThat(actors).startsWith("Nicolas Cage", "Elisabeth Shue");
		assertThat(cast.getText()).contains("Ben Sanderson").contains("Sera");
		List<WebElement> quotes = browser.findAll("#reception blockquote");
		assertThat(quotes).hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy(quote -> assertThat(quote.isDisplayed()).isTrue())
			.allSatisfy(quote -> assertThat(quote.getText()).isNotBlank());
	}

}
