package org.filmref.page;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.filmref.web.PageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The film page's rendered content, section by section, on the seeded data.
 */
@PageTest
class FilmControllerTests {

	@Autowired
	MockMvc mvc;

	Document page;

	@BeforeEach
	void load() throws Exception {
		String html = mvc.perform(get("/films/leaving-las-vegas"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		page = Jsoup.parse(html);
	}

	@Test
	void isOneSemanticArticle() {
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Leaving Las Vegas");
		assertThat(page.select("main")).hasSize(1);
		assertThat(page.title()).contains("Leaving Las Vegas").contains("1995");
		assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
	}

	@Test
	void sectionsFollowTheSourceArticlesOrderWithACastSection() {
		List<String> headings = page.select("article > section > h2").eachText();
		assertThat(headings).containsSubsequence("Plot", "Cast and crew", "Background and miscellaneous", "Music",
				"Reception", "Awards", "Web links", "References");
		assertThat(page.select("nav.toc a")).extracting(a -> a.attr("href"))
			.allSatisfy(href -> assertThat(page.getElementById(href.substring(1))).isNotNull());
	}

	@Test
	void hatnotePointsToTheNovelAndTheSongFromTheData() {
		Element hatnote = page.selectFirst(".hatnote");
		assertThat(hatnote.text()).contains("This article is about the 1995 film")
			.contains("novel by John O'Brien")
			.contains("Sheryl Crow song");
		assertThat(hatnote.select("a")).extracting(a -> a.attr("href"))
			.containsExactly("/novels/leaving-las-vegas", "/songs/leaving-las-vegas");
	}

	@Test
	void infoboxNamesCrewAndCitesDisputedValues() {
		Element infobox = page.selectFirst("aside.infobox");
		assertThat(infobox.text()).contains("Directed by Mike Figgis")
			.contains("Cinematography Declan Quinn")
			.contains("Edited by John Smith")
			.contains("Lila Cazès")
			.contains("Based on Leaving Las Vegas by John O'Brien");
		for (String disputed : List.of("Runtime", "Budget", "Box office", "Country")) {
			Element label = infobox.select("dt").stream()
				.filter(dt -> dt.text().equals(disputed))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no infobox row " + disputed));
			Element value = label.nextElementSibling();
			assertThat(value.select("sup[id^=cite] a")).as(disputed + " footnotes").isNotEmpty();
			assertThat(value.selectFirst(".infobox__note")).as(disputed + " note on other sources").isNotNull();
		}
		assertThat(infobox.select("a[href=/people/mike-figgis]")).isNotEmpty();
	}

	@Test
	void castListsCharactersInBillingOrderAndLinksPeople() {
		Elements rows = page.select("table.cast tbody tr");
		assertThat(rows).hasSize(31);
		assertThat(rows.get(0).text()).contains("Nicolas Cage").contains("Ben Sanderson");
		assertThat(rows.get(1).text()).contains("Elisabeth Shue").contains("Sera");
		assertThat(rows.get(0).selectFirst("a").attr("href")).isEqualTo("/people/nicolas-cage");
		assertThat(page.selectFirst("table.cast").text()).contains("credited as Al Henderson");
	}

	@Test
	void backgroundKeepsTheSeedStatementWithANoteOnTheSources() {
		Element background = page.getElementById("background");
		assertThat(background.text()).contains("Super 16")
			.contains("two weeks before")
			.contains("Entertainment Weekly");
		assertThat(background.select("li").first().select("sup[id^=cite]")).isNotEmpty();
	}

	@Test
	void receptionQuotesAreBlockquotesWithAttributionFootnoteAndPermalink() {
		Elements quotes = page.select("#reception .quote");
		assertThat(quotes).hasSize(6);
		assertThat(page.select("#reception h3").eachText()).containsExactly(
				"German-language critics, in English translation", "English-language critics");
		assertThat(quotes.get(0).selectFirst("blockquote").text()).startsWith("An unadorned inventory of human ability");
		assertThat(quotes.get(0).selectFirst("figcaption").text()).contains("Lexikon des internationalen Films");
		assertThat(quotes.get(1).selectFirst("figcaption").text()).contains("Urs Jenny").contains("Der Spiegel")
			.contains("17/1996");
		assertThat(quotes.get(2).selectFirst("figcaption").text()).contains("Die Zeit").contains("20/1996");
		assertThat(quotes.get(3).selectFirst("blockquote").text())
			.isEqualTo("'Leaving Las Vegas' is not a forgiving drama, but an irreconcilable delirium. "
					+ "Great cinema because it's about life, even when it's about death.");
		assertThat(quotes.get(4).selectFirst("figcaption").text())
			.startsWith("— Marjorie Baumgarten, The Austin Chronicle, 22 November 1995");
		assertThat(quotes.get(5).selectFirst("figcaption").text()).startsWith("— Eleanor Ringel, Film Scouts, undated");
		for (Element quote : quotes) {
			assertThat(quote.select("figcaption sup[id^=cite] a")).isNotEmpty();
			assertThat(quote.selectFirst("a.permalink").attr("href")).matches("/reviews/\\d+");
		}
		assertThat(page.select("#reception a[href=/reviews#leaving-las-vegas]").text())
			.isEqualTo("All critics' quotes on Leaving Las Vegas");
		assertThat(page.text()).doesNotContain("The mirror").doesNotContain("The period")
			.doesNotContain("Lexicon of International Films").doesNotContain("Individual evidence");
	}

	@Test
	void theSeedsAttributionsAreShownWithTheirDoubt() {
		// quotes.md, item 2: the Spiegel review was not found; its author's name comes from the German article only
		Element spiegel = page.select("#reception .quote").get(1);
		assertThat(spiegel.selectFirst("figcaption").text()).startsWith("— Urs Jenny (according to the German "
				+ "Wikipedia article; no copy of the review was found), Der Spiegel 17/1996");
		Element zeit = page.select("#reception .quote").get(2);
		assertThat(zeit.selectFirst("figcaption").text()).startsWith("— Norbert Grob (according to the German "
				+ "Wikipedia article; the author line of the stored review could not be read), Die Zeit 20/1996, "
				+ "10 May 1996 (date from the URL)");
		Element kino = page.select("#references li").stream()
			.filter(li -> li.text().contains("kino.de"))
			.findFirst()
			.orElseThrow();
		assertThat(kino.text()).contains("Accessed 12 April 2007.")
			.contains("Access date as the German Wikipedia article's reference gives it");
	}

	@Test
	void awardsAreOneTablePerAwardBodyWithItsOwnTotalsAndEachNomineeLinked() {
		Element awards = page.getElementById("awards");
		assertThat(awards.select("h3")).extracting(Element::text)
			.contains("Academy Awards", "Golden Globe Awards", "Independent Spirit Awards", "BAFTA Awards");
		assertThat(awards.select("table")).hasSameSizeAs(awards.select("h3"));
		assertThat(awards.select("caption").eachText()).contains(
				"Leaving Las Vegas at the Academy Awards: 1 win from 4 nominations",
				"Leaving Las Vegas at the Golden Globe Awards: 1 win from 4 nominations",
				"Leaving Las Vegas at the Independent Spirit Awards: 4 wins from 6 nominations",
				"Leaving Las Vegas at the BAFTA Awards: 3 nominations");
		Elements rows = awards.select("table").first().select("tbody tr");
		assertThat(rows).hasSize(4);
		assertThat(awards.select("table").first().select("tr.won")).hasSize(1);
		assertThat(awards.selectFirst("p").text()).startsWith("Leaving Las Vegas has 1 win from 4 nominations at the "
				+ "Academy Awards, 1 win from 4 nominations at the Golden Globe Awards, 4 wins from 6 nominations at the "
				+ "Independent Spirit Awards");
		// each body's totals apart: never the sum over the bodies
		assertThat(awards.text()).doesNotContain("19 nominations").doesNotContain("7 wins");
		Element actress = rows.stream()
			.filter(r -> r.text().contains("Best Actress") && r.text().contains("Elisabeth Shue"))
			.findFirst()
			.orElseThrow();
		assertThat(actress.text()).contains("Nominated");
		assertThat(actress.select("a[href=/people/elisabeth-shue]")).isNotEmpty();
		assertThat(actress.selectFirst("th a").attr("href")).isEqualTo("/awards/academy-awards/categories/best-actress");
		assertThat(actress.selectFirst("td a").attr("href")).isEqualTo("/awards/academy-awards/1996");
		assertThat(actress.selectFirst("td a").text()).isEqualTo("1996 (68th)");
		assertThat(awards.text()).doesNotContain("Best main actress").doesNotContain("Best camera")
			.doesNotContain("Best script");
	}

	@Test
	void everyFootnoteResolvesAndEveryReferenceLinksBack() {
		Elements marks = page.select("sup[id^=cite]");
		assertThat(marks).isNotEmpty();
		for (Element mark : marks) {
			String target = mark.selectFirst("a").attr("href").substring(1);
			Element reference = page.getElementById(target);
			assertThat(reference).as("reference " + target).isNotNull();
			assertThat(reference.select("a[href^=#cite-]")).extracting(a -> a.attr("href")).contains("#" + mark.id());
		}
		Elements references = page.select("#references ol.references > li");
		assertThat(references).isNotEmpty();
		for (Element reference : references) {
			for (Element back : reference.select("a[href^=#cite-]")) {
				assertThat(page.getElementById(back.attr("href").substring(1))).isNotNull();
			}
		}
		assertThat(page.select("#references a[href=https://www.zeit.de/1996/20/vegas.txt.19960510.xml]")).isNotEmpty();
	}

	@Test
	void webLinksAndLicenceAttribution() {
		assertThat(page.select("#web-links a[href=https://www.imdb.com/title/tt0113627/]")).hasSize(1);
		Element attribution = page.selectFirst(".attribution");
		assertThat(attribution.select("a[href=https://de.wikipedia.org/wiki/Leaving_Las_Vegas]")).hasSize(1);
		assertThat(attribution.select("a[rel=license]").attr("href")).contains("creativecommons.org/licenses/by-sa");
	}

	@Test
	void unknownFilmAnswers404WithAWayBack() throws Exception {
		String html = mvc.perform(get("/films/no-such-film").accept("text/html"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document notFound = Jsoup.parse(html);
		assertThat(notFound.selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(notFound.select("main a[href=/]")).isNotEmpty();
	}

	/** An unknown slug or index page 404, a malformed index parameter 400, a write 405, HEAD 200. */
	@Test
	void badInputIsAClientErrorWritesAre405AndHeadIsAnswered() throws Exception {
		mvc.perform(get("/films/no-such-film")).andExpect(status().isNotFound());
		mvc.perform(get("/films?page=9999")).andExpect(status().isNotFound());
		for (String query : new String[] { "page=abc", "letter=ab", "decade=1995", "decade=abc" }) {
			mvc.perform(get("/films?" + query)).andExpect(status().isBadRequest());
		}
		for (String path : new String[] { "/", "/films", "/films/leaving-las-vegas" }) {
			mvc.perform(post(path)).andExpect(status().isMethodNotAllowed());
			mvc.perform(head(path)).andExpect(status().isOk());
		}
	}

}
