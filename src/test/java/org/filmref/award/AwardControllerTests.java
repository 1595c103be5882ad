package org.filmref.award;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.filmref.web.HtmlPage;
import org.filmref.web.PageTest;
import org.filmref.web.SqlStatements;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PageTest
class AwardControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Test
	void indexListsTheFiveAwardBodiesWithTheirCeremoniesAndLinksBackToTheFilm() throws Exception {
		Document page = HtmlPage.page(mvc, "/awards");
		assertThat(page.select("main h2 a").eachAttr("href")).containsExactly("/awards/academy-awards",
				"/awards/golden-globe-awards", "/awards/independent-spirit-awards", "/awards/bafta-awards",
				"/awards/screen-actors-guild-awards");
		assertThat(page.select("a[href=/awards/academy-awards/1996]").text()).isEqualTo("68th Academy Awards");
		assertThat(page.select("a[href=/films/leaving-las-vegas#awards]")).hasSize(5);
		// every list of a body's ceremonies says which the site lacks
		assertThat(page.select("#bafta-awards .coverage").text())
			.contains("The site holds 55 of the 79 ceremonies of the BAFTA Awards held from 1949 to 2026.")
			.contains("50th–53rd (1997–2000)", "55th–68th (2002–2015)");
		assertThat(page.select("nav.site-nav a[aria-current=page]").text()).isEqualTo("Awards");
	}

	/**
	 * Each body's page says what the site holds of it and credits its data; records are counted over the ceremonies
	 * present, and a body the site holds only a curated ceremony of has none.
	 */
	@Test
	void eachBodySaysWhatTheSiteHoldsAndRecordsOnlyWhatItHolds() throws Exception {
		Document globes = HtmlPage.page(mvc, "/awards/golden-globe-awards");
		assertThat(globes.select("#coverage").text())
			.contains("The site holds 77 of the 83 ceremonies of the Golden Globe Awards held from 1944 to 2026.")
			.contains("Not on the site: the 78th–83rd (2021–2026) ceremonies.")
			.contains("the television categories are left out");
		assertThat(globes.select("#coverage .attribution a").eachAttr("href"))
			.containsExactly("https://www.kaggle.com/datasets/unanimad/golden-globe-awards", "https://goldenglobes.com/");
		assertThat(globes.select("#records p").first().text()).startsWith("Counted over the 77 ceremonies the site holds");
		assertThat(globes.select("#records ol").first().select("li").first().text())
			.doesNotContain("Leaving Las Vegas");
		assertThat(globes.select("#records").text()).doesNotContain("Leaving Las Vegas");

		Document spirit = HtmlPage.page(mvc, "/awards/independent-spirit-awards");
		assertThat(spirit.select("#records")).isEmpty();
		assertThat(spirit.select("#coverage").text()).contains("The site holds 1 of the 41 ceremonies")
			.contains("No data set of this award is loaded");

		Document oscars = HtmlPage.page(mvc, "/awards/academy-awards");
		assertThat(oscars.select("#coverage").text()).contains("The site holds 98 of the 98 ceremonies")
			.contains("all of them");
		assertThat(oscars.select("#coverage .attribution a[rel=license]").attr("href"))
			.isEqualTo("https://github.com/DLu/oscar_data/blob/main/LICENSE");
	}

	/** A page showing a body's data credits it: the data set and the award body's own record. */
	@Test
	void ceremonyAndHistoryPagesCreditTheirData() throws Exception {
		assertThat(HtmlPage.page(mvc, "/awards/screen-actors-guild-awards/1996").select(".attribution").text())
			.isEqualTo("Screen Actors Guild Awards data: the \"Screen Actors Guild Awards\" data set by Raphael Fontes "
					+ "(no licence stated), built from sagawards.org.");
		assertThat(HtmlPage.page(mvc, "/awards/bafta-awards/categories/best-adapted-screenplay")
			.select(".attribution a")
			.eachAttr("href")).contains("https://awards.bafta.org/");
		assertThat(HtmlPage.page(mvc, "/awards/independent-spirit-awards/1996").select(".attribution")).isEmpty();
		// a person's page credits the data set of each body it shows, once
		assertThat(HtmlPage.page(mvc, "/people/jack-nicholson").select("#awards .attribution a:not([rel])").eachAttr("href"))
			.containsExactly("https://github.com/DLu/oscar_data", "https://awardsdatabase.oscars.org/",
					"https://www.kaggle.com/datasets/unanimad/golden-globe-awards", "https://goldenglobes.com/",
					"https://www.kaggle.com/datasets/unanimad/bafta-awards", "https://awards.bafta.org/",
					"https://www.kaggle.com/datasets/unanimad/screen-actors-guild-awards", "https://www.sagawards.org/");
	}

	@Test
	void aCeremonyByItsEditionRedirectsToItsYear() throws Exception {
		mvc.perform(get("/awards/academy-awards/68"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/awards/academy-awards/1996"));
		mvc.perform(get("/awards/bafta-awards/49"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/awards/bafta-awards/1996"));
		mvc.perform(get("/awards/academy-awards/1"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/awards/academy-awards/1929"));
		mvc.perform(get("/awards/academy-awards/99")).andExpect(status().isNotFound());
	}

	@Test
	void bodyPageListsItsCeremonies() throws Exception {
		Document page = HtmlPage.page(mvc, "/awards/academy-awards");
		assertThat(page.select("h1").text()).isEqualTo("Academy Awards");
		assertThat(page.select("#ceremonies a[href=/awards/academy-awards/1996]")).isNotEmpty();
		assertThat(page.select(".film-tallies").text())
			.contains("Leaving Las Vegas at this ceremony: 4 nominations, 1 win");
	}

	@Test
	void ceremonyPageGivesDetailsAndTheWholeFieldOfEachCategoryWithTheWinnerMarked() throws Exception {
		Document page = HtmlPage.page(mvc, "/awards/academy-awards/1996");
		assertThat(page.select("h1").text()).isEqualTo("68th Academy Awards");
		String infobox = page.selectFirst(".infobox").text();
		assertThat(infobox).contains("25 March 1996", "Dorothy Chandler Pavilion", "Whoopi Goldberg", "ABC",
				"13 February 1996");
		assertThat(page.select("a[href=/films/leaving-las-vegas#awards]").text()).isEqualTo("Leaving Las Vegas");
		assertThat(page.select(".film-tallies").text()).contains("4 nominations, 1 win");

		Element bestActor = page.getElementById("best-actor");
		assertThat(bestActor.select("h2").text()).isEqualTo("Best Actor");
		assertThat(bestActor.select(".official-name").text()).contains("Actor in a Leading Role");
		Elements rows = bestActor.select("tbody tr");
		assertThat(rows).hasSize(5);
		Element winner = rows.first();
		assertThat(winner.hasClass("winner")).isTrue();
		assertThat(winner.select("a[href=/people/nicolas-cage]").text()).isEqualTo("Nicolas Cage");
		assertThat(winner.select("a[href=/films/leaving-las-vegas]")).isNotEmpty();
		assertThat(winner.text()).contains("Won");
		assertThat(bestActor.select("tr.winner")).hasSize(1);
		// every nominee and film has a page, with or without an article
		Element dreyfuss = rows.stream().filter(r -> r.text().contains("Richard Dreyfuss")).findFirst().orElseThrow();
		assertThat(dreyfuss.select("a[href=/people/richard-dreyfuss]").text()).isEqualTo("Richard Dreyfuss");
		assertThat(dreyfuss.select("i a[href=/films/mr-hollands-opus]").text()).isEqualTo("Mr. Holland's Opus");
		assertThat(dreyfuss.text()).contains("Nominated");
		assertThat(bestActor.text()).contains("posthumous");

		Element actress = page.getElementById("best-actress");
		assertThat(actress.select("tr.winner").text()).contains("Susan Sarandon", "Dead Man Walking", "Won");
		assertThat(actress.select("a[href=/people/elisabeth-shue]")).isNotEmpty();
	}

	@Test
	void categoriesFollowTheirOrderAtTheCeremonyAndTheFilmsAwardLinksResolveToThem() throws Exception {
		Document ceremony = HtmlPage.page(mvc, "/awards/academy-awards/1996");
		// the Academy's order at the 68th ceremony, as in the data set
		assertThat(ceremony.select("section.category").eachAttr("id")).startsWith("best-actor",
				"best-supporting-actor", "best-actress", "best-supporting-actress")
			.contains("best-director", "best-adapted-screenplay", "best-picture");
		Document film = HtmlPage.page(mvc, "/films/leaving-las-vegas");
		List<String> awardLinks = film.select("#awards a[href^=/awards/]").eachAttr("href");
		assertThat(awardLinks).isNotEmpty();
		for (String href : awardLinks) {
			String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
			Document target = HtmlPage.page(mvc, path);
			if (href.contains("#")) {
				assertThat(target.getElementById(href.substring(href.indexOf('#') + 1))).as(href).isNotNull();
			}
		}
	}

	@Test
	void ceremonyWithoutHostShowsNone() throws Exception {
		Document page = HtmlPage.page(mvc, "/awards/golden-globe-awards/1996");
		assertThat(page.selectFirst(".infobox").select("dt").eachText()).doesNotContain("Host");
		assertThat(page.getElementById("best-director").select("tbody tr")).hasSize(6);
	}

	@Test
	void incompleteFieldsSaySo() throws Exception {
		boolean found = false;
		for (String path : List.of("/awards/academy-awards/1996", "/awards/golden-globe-awards/1996",
				"/awards/independent-spirit-awards/1996", "/awards/bafta-awards/1996")) {
			Document page = HtmlPage.page(mvc, path);
			for (Element note : page.select("p.incomplete")) {
				found = true;
				Element section = note.closest("section.category");
				int rows = section.select("tbody tr").size();
				assertThat(note.text()).isEqualTo("The full field of this category is not known; " + rows
						+ (rows == 1 ? " nominee is" : " nominees are") + " listed.");
			}
		}
		assertThat(found).as("the seed marks at least one field incomplete").isTrue();
	}

	@Test
	void ceremonyCitesItsSourcesAndEveryFootnoteResolves() throws Exception {
		Document page = HtmlPage.page(mvc, "/awards/independent-spirit-awards/1996");
		assertThat(page.select(".infobox sup[id^=cite-]")).isNotEmpty();
		for (Element mark : page.select("sup a[href^=#ref-]")) {
			assertThat(page.getElementById("references").getElementById(mark.attr("href").substring(1))).isNotNull();
		}
		for (Element back : page.select("#references a[href^=#cite-]")) {
			assertThat(page.getElementById(back.attr("href").substring(1))).isNotNull();
		}
	}

	@Test
	void unknownAwardsAndCeremoniesAreNotFoundAndMalformedYearsAreBadRequests() throws Exception {
		mvc.perform(get("/awards/no-such-award")).andExpect(status().isNotFound());
		mvc.perform(get("/awards/academy-awards/1928")).andExpect(status().isNotFound());
		mvc.perform(get("/awards/academy-awards/2027")).andExpect(status().isNotFound());
		mvc.perform(get("/awards/no-such-award/1996")).andExpect(status().isNotFound());
		mvc.perform(get("/awards/academy-awards/nineteen")).andExpect(status().isBadRequest());
		mvc.perform(get("/awards/academy-awards/99999999999999999999")).andExpect(status().isBadRequest());
	}

	@Test
	void awardPagesRunAFixedNumberOfStatementsColdWhateverTheirSizeAndNoneWarm() throws Exception {
		// index: awards, ceremonies, film tallies; body: award, film tallies, categories, ceremonies, the records'
		// two tallies; ceremony: ceremony, field, films, references; history: category, field, films
		Map<String, Integer> statements = new LinkedHashMap<>();
		statements.put("/awards", 3);
		statements.put("/awards/academy-awards", 6);
		statements.put("/awards/academy-awards/1996", 4);
		statements.put("/awards/academy-awards/1929", 4);
		statements.put("/awards/academy-awards/2026", 4);
		statements.put("/awards/academy-awards/categories/best-picture", 3);
		statements.put("/awards/academy-awards/categories/best-casting", 3);
		statements.put("/awards/academy-awards/categories/best-actor?order=oldest", 3);
		statements.forEach((path, expected) -> {
			try {
				sql.startCold();
				mvc.perform(get(path)).andExpect(status().isOk());
				assertThat(sql.count()).as(path).isEqualTo((long) expected);
				sql.startWarm();
				mvc.perform(get(path)).andExpect(status().isOk());
				assertThat(sql.count()).as(path).isZero();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@Test
	void bodyPageListsEveryCeremonyByDecadeAndEveryCategory() throws Exception {
		Document page = HtmlPage.page(mvc, "/awards/academy-awards");
		assertThat(page.select("#ceremonies section").eachAttr("id")).startsWith("1920s", "1930s").endsWith("2020s");
		assertThat(page.select("#ceremonies a[href^=/awards/academy-awards/]")).hasSize(98);
		assertThat(page.select("#1920s li a").first().text()).isEqualTo("1st Academy Awards");
		assertThat(page.select("#1920s").text()).contains("honouring the films of 1927/28");
		assertThat(page.select("#categories a[href^=/awards/academy-awards/categories/]")).hasSize(66);
		assertThat(page.select("#categories a").first().text()).isEqualTo("Best Picture");
	}

	@Test
	void bodyPageGivesRecordsComputedFromTheData() throws Exception {
		Element records = HtmlPage.page(mvc, "/awards/academy-awards").getElementById("records");
		List<String> lists = records.select("ol.records").eachText();
		assertThat(lists).hasSize(5);
		// films with the most wins: Ben-Hur, Titanic and The Return of the King, 11 each
		assertThat(records.select("ol.records").get(0).select("li").eachText()).startsWith(
				"Titanic: 11 wins from 14 nominations", "Ben-Hur: 11 wins from 12 nominations",
				"The Lord of the Rings: The Return of the King: 11 wins from 11 nominations");
		assertThat(records.select("ol.records").get(2).select("li").first().text())
			.isEqualTo("Walt Disney: 26 wins from 64 nominations");
		assertThat(records.select("ol.records").get(4).text()).doesNotContain(" win");
		assertThat(records.select("ol.records").get(4).select("li")).hasSizeGreaterThanOrEqualTo(10);
	}

	@Test
	void categoryHistoryListsEveryCeremonyNewestFirstWithItsOfficialNames() throws Exception {
		Document page = HtmlPage.page(mvc, "/awards/academy-awards/categories/best-picture");
		assertThat(page.select("h1").text()).isEqualTo("Best Picture");
		assertThat(page.select("#names li").eachText()).anyMatch(n -> n.contains("Outstanding Picture"))
			.anyMatch(n -> n.contains("Best Picture"));
		List<Element> ceremonies = page.select("#ceremonies section.category");
		assertThat(ceremonies).hasSize(98);
		assertThat(ceremonies.get(0).select("h3 a").text()).isEqualTo("98th Academy Awards");
		assertThat(ceremonies.get(97).select("h3 a").text()).isEqualTo("1st Academy Awards");
		Element the68th = ceremonies.stream()
			.filter(c -> c.select("h3 a").text().equals("68th Academy Awards"))
			.findFirst()
			.orElseThrow();
		assertThat(the68th.select("tr.winner").text()).contains("Braveheart", "Mel Gibson");
		assertThat(the68th.select("h3 a").attr("href")).isEqualTo("/awards/academy-awards/1996#best-picture");

		Document oldest = HtmlPage.page(mvc, "/awards/academy-awards/categories/best-picture?order=oldest");
		assertThat(oldest.select("#ceremonies section.category h3 a").first().text()).isEqualTo("1st Academy Awards");
		assertThat(oldest.select("a[href=/awards/academy-awards/categories/best-picture]").text())
			.isEqualTo("newest first");
	}

	@Test
	void theLargestPageBestPicturesHistoryStaysUnder200Kilobytes() throws Exception {
		byte[] body = mvc.perform(get("/awards/academy-awards/categories/best-picture"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body.length).isLessThanOrEqualTo(200_000);
	}

	@Test
	void everyCategoryOfACeremonyLinksToItsHistory() throws Exception {
		Document page = HtmlPage.page(mvc, "/awards/academy-awards/1996");
		for (Element section : page.select("section.category")) {
			assertThat(section.select("p.history a").attr("href"))
				.isEqualTo("/awards/academy-awards/categories/" + section.id());
		}
		mvc.perform(get("/awards/academy-awards/categories/best-actor")).andExpect(status().isOk());
	}

	@Test
	void ceremonyPageShowsTheAcademysWordingCitationsSeveralFilmsAndTies() throws Exception {
		Document first = HtmlPage.page(mvc, "/awards/academy-awards/1929");
		assertThat(first.select("h1").text()).isEqualTo("1st Academy Awards");
		assertThat(first.select(".lead").text()).contains("films of 1927/28");
		Element actress = first.getElementById("best-actress");
		assertThat(actress.select("tr.winner").text()).contains("Janet Gaynor", "7th Heaven", "Street Angel",
				"Sunrise", "Diane");
		// 1968: Katharine Hepburn and Barbra Streisand tied
		Document the41st = HtmlPage.page(mvc, "/awards/academy-awards/1969");
		assertThat(the41st.getElementById("best-actress").select("tr.winner").eachText()).hasSize(2)
			.anyMatch(t -> t.contains("Katharine Hepburn"))
			.anyMatch(t -> t.contains("Barbra Streisand"));
		// honorary awards carry their citation
		assertThat(the41st.select("p.citation")).isNotEmpty();
	}

	@Test
	void unknownCategoriesAreNotFoundAndUnknownOrdersAreBadRequests() throws Exception {
		mvc.perform(get("/awards/academy-awards/categories/best-nothing")).andExpect(status().isNotFound());
		mvc.perform(get("/awards/no-such-award/categories/best-picture")).andExpect(status().isNotFound());
		mvc.perform(get("/awards/academy-awards/categories/best-picture?order=sideways"))
			.andExpect(status().isBadRequest());
	}

	/** An unknown category 404, a malformed order 400; on every award address a write 405, HEAD 200. */
	@Test
	void badInputIsAClientErrorWritesAre405AndHeadIsAnswered() throws Exception {
		mvc.perform(get("/awards/academy-awards/categories/no-such-category")).andExpect(status().isNotFound());
		mvc.perform(get("/awards/no-such-award/categories/best-actor")).andExpect(status().isNotFound());
		mvc.perform(get("/awards/academy-awards/categories/best-actor?order=sideways"))
			.andExpect(status().isBadRequest());
		for (String path : new String[] { "/awards", "/awards/academy-awards", "/awards/academy-awards/1996",
				"/awards/academy-awards/categories/best-actor", "/awards/seasons", "/awards/seasons/1995" }) {
			mvc.perform(post(path)).andExpect(status().isMethodNotAllowed());
			mvc.perform(head(path)).andExpect(status().isOk());
		}
	}

}
