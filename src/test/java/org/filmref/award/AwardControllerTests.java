package org.filmref.award;

import java.util.List;


import org.filmref.web.Html;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PageTest
class AwardControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Test
	void indexListsTheFourAwardBodiesWithTheirCeremoniesAndLinksBackToTheFilm() throws Exception {
		Document page = Html.page(mvc, "/awards");
		assertThat(page.select("main h2 a").eachAttr("href")).containsExactly("/awards/academy-awards",
				"/awards/golden-globe-awards", "/awards/independent-spirit-awards", "/awards/bafta-awards");
		assertThat(page.select("a[href=/awards/academy-awards/1996]").text()).isEqualTo("68th Academy Awards");
		assertThat(page.select("a[href=/films/leaving-las-vegas#awards]")).hasSize(4);
		assertThat(page.select("nav.site-nav a[aria-current=page]").text()).isEqualTo("Awards");
	}

	@Test
	void aCeremonyByItsEditionRedirectsToItsYear() throws Exception {
		mvc.perform(get("/awards/academy-awards/68"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/awards/academy-awards/1996"));
		mvc.perform(get("/awards/bafta-awards/49"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/awards/bafta-awards/1996"));
		mvc.perform(get("/awards/academy-awards/67")).andExpect(status().isNotFound());
	}

	@Test
	void bodyPageListsItsCeremonies() throws Exception {
		Document page = Html.page(mvc, "/awards/academy-awards");
		assertThat(page.select("h1").text()).isEqualTo("Academy Awards");
		assertThat(page.select("#ceremonies a[href=/awards/academy-awards/1996]")).isNotEmpty();
		assertThat(page.select(".film-tallies").text())
			.contains("Leaving Las Vegas at this ceremony: 4 nominations, 1 win");
	}

	@Test
	void ceremonyPageGivesDetailsAndTheWholeFieldOfEachCategoryWithTheWinnerMarked() throws Exception {
		Document page = Html.page(mvc, "/awards/academy-awards/1996");
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
		// nominees without a page are plain names, and their films plain italic titles
		Element dreyfuss = rows.stream().filter(r -> r.text().contains("Richard Dreyfuss")).findFirst().orElseThrow();
		assertThat(dreyfuss.select("a:not(sup a)")).isEmpty();
		assertThat(dreyfuss.select("i").text()).isEqualTo("Mr. Holland's Opus");
		assertThat(dreyfuss.text()).contains("Nominated");
		assertThat(bestActor.text()).contains("posthumous");

		Element actress = page.getElementById("best-actress");
		assertThat(actress.select("tr.winner").text()).contains("Susan Sarandon", "Dead Man Walking", "Won");
		assertThat(actress.select("a[href=/people/elisabeth-shue]")).isNotEmpty();
	}

	@Test
	void categoriesFollowTheirOrderAtTheCeremonyAndTheFilmsAwardLinksResolveToThem() throws Exception {
		Document ceremony = Html.page(mvc, "/awards/academy-awards/1996");
		assertThat(ceremony.select("section.category").eachAttr("id")).containsExactly("best-actor", "best-actress",
				"best-director", "best-adapted-screenplay");
		Document film = Html.page(mvc, "/films/leaving-las-vegas");
		List<String> awardLinks = film.select("#awards a[href^=/awards/]").eachAttr("href");
		assertThat(awardLinks).isNotEmpty();
		for (String href : awardLinks) {
			String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
			Document target = Html.page(mvc, path);
			if (href.contains("#")) {
				assertThat(target.getElementById(href.substring(href.indexOf('#') + 1))).as(href).isNotNull();
			}
		}
	}

	@Test
	void ceremonyWithoutHostShowsNone() throws Exception {
		Document page = Html.page(mvc, "/awards/golden-globe-awards/1996");
		assertThat(page.selectFirst(".infobox").select("dt").eachText()).doesNotContain("Host");
		assertThat(page.getElementById("best-director").select("tbody tr")).hasSize(6);
	}

	@Test
	void incompleteFieldsSaySo() throws Exception {
		boolean found = false;
		for (String path : List.of("/awards/academy-awards/1996", "/awards/golden-globe-awards/1996",
				"/awards/independent-spirit-awards/1996", "/awards/bafta-awards/1996")) {
			Document page = Html.page(mvc, path);
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
		Document page = Html.page(mvc, "/awards/independent-spirit-awards/1996");
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
		mvc.perform(get("/awards/academy-awards/1997")).andExpect(status().isNotFound());
		mvc.perform(get("/awards/no-such-award/1996")).andExpect(status().isNotFound());
		mvc.perform(get("/awards/academy-awards/nineteen")).andExpect(status().isBadRequest());
		mvc.perform(get("/awards/academy-awards/99999999999999999999")).andExpect(status().isBadRequest());
	}

	@Test
	void awardPagesRunThreeStatementsColdAndNoneWarm() throws Exception {
		for (String path : List.of("/awards", "/awards/academy-awards", "/awards/academy-awards/1996")) {
			sql.startCold();
			mvc.perform(get(path)).andExpect(status().isOk());
			assertThat(sql.count()).as(path).isLessThanOrEqualTo(3);
			sql.startWarm();
			mvc.perform(get(path)).andExpect(status().isOk());
			assertThat(sql.count()).as(path).isZero();
		}
	}

}
