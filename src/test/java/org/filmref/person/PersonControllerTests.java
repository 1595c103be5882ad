package org.filmref.person;


import org.filmref.web.Html;
import org.filmref.web.PageTest;
import org.filmref.web.SqlStatements;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PageTest
class PersonControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Test
	void actorPageShowsRoleAndAwardsLinkingToCeremonyCategories() throws Exception {
		Document page = Html.page(mvc, "/people/nicolas-cage");
		assertThat(page.select("h1").text()).isEqualTo("Nicolas Cage");
		assertThat(page.title()).contains("Nicolas Cage");

		Element films = page.getElementById("films");
		assertThat(films.select("a[href=/films/leaving-las-vegas]").text()).isEqualTo("Leaving Las Vegas");
		assertThat(films.text()).contains("Actor (Ben Sanderson)");

		Element awards = page.getElementById("awards");
		assertThat(awards.select("a[href=/awards/academy-awards/1996#best-actor]").text()).isEqualTo("Best Actor");
		assertThat(awards.select("h3 a[href=/awards/academy-awards/1996]").text()).isEqualTo("68th Academy Awards");
		assertThat(awards.select("tr.won").text()).contains("Best Actor").contains("Won");
		assertThat(awards.select("a[href^=/awards/golden-globe-awards/1996#]")).isNotEmpty();

		assertThat(page.select(".breadcrumbs a[href=/people]").text()).isEqualTo("People");
		assertThat(page.select(".infobox a[href=/films/leaving-las-vegas]")).isNotEmpty();
	}

	@Test
	void directorPageListsEveryCrewRoleOnTheFilm() throws Exception {
		Document page = Html.page(mvc, "/people/mike-figgis");
		String roles = page.getElementById("films").text();
		assertThat(roles).contains("Director", "Screenplay", "Composer");
	}

	@Test
	void authorPageShowsLifeDatesSourcedFactsAndTheNovel() throws Exception {
		Document page = Html.page(mvc, "/people/john-obrien");
		assertThat(page.select(".infobox").text()).contains("Born", "21 May 1960", "Oxford, Ohio", "Died",
				"10 April 1994", "aged 33");
		Element life = page.getElementById("life");
		assertThat(life.text()).contains("Died");
		// every footnote mark points at an entry of the page's References
		for (Element mark : page.select("sup a[href^=#ref-]")) {
			String target = mark.attr("href").substring(1);
			assertThat(page.getElementById(target)).as(target).isNotNull();
			assertThat(page.getElementById("references").getElementById(target)).isNotNull();
		}
		assertThat(page.select("sup[id^=cite-]")).isNotEmpty();
		assertThat(page.getElementById("novels").select("a[href=/novels/leaving-las-vegas]").text())
			.isEqualTo("Leaving Las Vegas");
	}

	@Test
	void songwriterPageListsTheSong() throws Exception {
		Document page = Html.page(mvc, "/people/david-baerwald");
		Element songs = page.getElementById("songs");
		assertThat(songs.select("a[href=/songs/leaving-las-vegas]")).isNotEmpty();
		assertThat(songs.text()).contains("Sheryl Crow", "writer");
		Document crow = Html.page(mvc, "/people/sheryl-crow");
		assertThat(crow.getElementById("songs").text()).contains("performer and writer");
	}

	@Test
	void indexListsPeopleWithPagesBySortNameWithWhatTheyAreKnownFor() throws Exception {
		Document page = Html.page(mvc, "/people");
		assertThat(page.select("h1").text()).isEqualTo("People");
		assertThat(page.select("nav.site-nav a[aria-current=page]").text()).isEqualTo("People");
		var names = page.select("ul.people > li > a").eachText();
		assertThat(names).contains("Nicolas Cage", "Elisabeth Shue", "John O'Brien", "Sheryl Crow");
		assertThat(names.indexOf("Nicolas Cage")).isLessThan(names.indexOf("Mike Figgis"));
		// nominees from other films have no page and are not listed
		assertThat(names).doesNotContain("Richard Dreyfuss");
		Element cage = page.select("ul.people > li").stream()
			.filter(li -> li.child(0).text().equals("Nicolas Cage"))
			.findFirst()
			.orElseThrow();
		assertThat(cage.select(".known-for").text()).contains("Leaving Las Vegas", "1995 film: actor");
	}

	@Test
	void unknownPeopleAreNotFound() throws Exception {
		mvc.perform(get("/people/nobody")).andExpect(status().isNotFound());
	}

	@Test
	void postIsNotAllowed() throws Exception {
		mvc.perform(post("/people/nicolas-cage")).andExpect(status().isMethodNotAllowed());
	}

	@Test
	void personPageRunsAFixedNumberOfStatementsAndNoneWhenCached() throws Exception {
		sql.startCold();
		mvc.perform(get("/people/nicolas-cage")).andExpect(status().isOk());
		// person, facts, credits, nominations, their films, novels, songs
		assertThat(sql.count()).isEqualTo(7);
		sql.startWarm();
		mvc.perform(get("/people/nicolas-cage")).andExpect(status().isOk());
		assertThat(sql.count()).isZero();

		sql.startCold();
		mvc.perform(get("/people")).andExpect(status().isOk());
		assertThat(sql.count()).isLessThanOrEqualTo(4);
	}

}
