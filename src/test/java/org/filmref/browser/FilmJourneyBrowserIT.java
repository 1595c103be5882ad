package org.filmref.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader does on the site, in a real browser: read the film article, follow an award to its ceremony, a
 * nominee to her page and back to the film, and open a critic quote's permalink.
 */
@BrowserTest
class FilmJourneyBrowserIT {

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

	@Test
	void anAwardLinkLeadsToTheCeremonyThenToANomineeAndBackToTheFilm(Browser browser) {
		browser.open(FILM);
		WebElement oscars = browser.driver()
			.findElement(By.xpath("//section[@id='awards']//h3[a[normalize-space()='Academy Awards']]"
					+ "/following-sibling::table[1]"));
		oscars.findElement(By.xpath(".//tbody/tr[th[normalize-space()='Best Actress']]/td/a[normalize-space()='1996 (68th)']"))
			.click();

		browser.waitForLocation("/awards/academy-awards/1996");
		assertThat(browser.find("h1").getText()).isEqualTo("68th Academy Awards");
		WebElement category = browser.find("#best-actress");
		assertThat(category.isDisplayed()).isTrue();
		assertThat(category.findElement(By.cssSelector("h2")).getText()).isEqualTo("Best Actress");
		List<String> field = category.findElements(By.cssSelector("tbody tr"))
			.stream()
			.map(row -> row.findElement(By.cssSelector("th")).getText())
			.toList();
		assertThat(field).containsExactlyInAnyOrder("Susan Sarandon", "Elisabeth Shue", "Sharon Stone", "Meryl Streep",
				"Emma Thompson");
		WebElement winner = category.findElement(By.xpath(".//tbody/tr[th[normalize-space()='Susan Sarandon']]"));
		assertThat(winner.getText()).contains("Dead Man Walking").contains("Won");
		assertThat(category.findElement(By.xpath(".//tbody/tr[th[normalize-space()='Elisabeth Shue']]")).getText())
			.contains("Leaving Las Vegas")
			.contains("Nominated");

		category.findElement(By.linkText("Elisabeth Shue")).click();

		browser.waitForLocation("/people/elisabeth-shue");
		assertThat(browser.find("h1").getText()).isEqualTo("Elisabeth Shue");
		assertThat(browser.find("main").getText()).contains("Sera").contains("Best Actress");

		browser.find("main a[href='" + FILM + "']").click();

		browser.waitForLocation(FILM);
		assertThat(browser.find("h1").getText()).isEqualTo("Leaving Las Vegas");
	}

	@Test
	void aQuotesPermalinkGivesItsFullCitationReadyToCopy(Browser browser) {
		browser.open(FILM);
		WebElement quote = browser.driver()
			.findElement(By.xpath("//section[@id='reception']//figure[.//cite[normalize-space()='Der Spiegel']]"));
		String text = quote.findElement(By.cssSelector("blockquote")).getText();
		quote.findElement(By.cssSelector("a.permalink")).click();

		assertThat(browser.location()).matches("/reviews/\\d+");
		assertThat(browser.find("h1").getText()).isEqualTo("Der Spiegel on Leaving Las Vegas");
		assertThat(browser.find("main blockquote").getText()).isEqualTo(text);
		String citation = browser.find("#citation").getText();
		assertThat(citation).contains("Urs Jenny").contains("Der Spiegel").contains("17/1996").contains("German")
			.contains("Leaving Las Vegas");
		assertThat(browser.find("#citation a[href='/publications/der-spiegel']").isDisplayed()).isTrue();

		WebElement line = browser.find("#citation-line");
		assertThat(browser.find("label[for='citation-line']").isDisplayed()).isTrue();
		assertThat(line.getDomProperty("readOnly")).isEqualTo("true");
		String value = line.getDomProperty("value");
		assertThat(value).contains("Urs Jenny").contains("In: Der Spiegel").contains("No. 17/1996");
		// Ready to copy: focusing it and selecting all takes exactly the citation, nothing else on the page.
		line.click();
		line.sendKeys(Keys.chord(Keys.CONTROL, "a"));
		assertThat(browser.<Object>script("return arguments[0].selectionEnd - arguments[0].selectionStart", line))
			.isEqualTo((long) value.length());
		assertThat(browser.find("#references").getText()).contains("Urs Jenny");
	}

}
