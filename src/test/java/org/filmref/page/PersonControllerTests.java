package org.filmref.page;


import java.util.ArrayList;
import java.util.List;

import org.filmref.web.HtmlPage;
import org.filmref.web.PageTest;
import org.filmref.web.SqlStatements;
import org.filmref.web.SqlStatements.ColdAndWarm;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PageTest
class PersonControllerTests {

	/** The people, their first nominations and what they are known for: films, novels and songs. */
	private static final int PEOPLE_INDEX_STATEMENTS = 5;


	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Test
	void actorPageShowsRoleAndAwardsLinkingToCeremonyCategories() throws Exception {
		Document page = HtmlPage.page(mvc, "/people/nicolas-cage");
		assertThat(page.select("h1").text()).isEqualTo("Nicolas Cage");
		assertThat(page.title()).contains("Nicolas Cage");

		Element films = page.getElementById("films");
		assertThat(films.select("a[href=/films/leaving-las-vegas]").text()).isEqualTo("Leaving Las Vegas");
		assertThat(films.text()).contains("Actor (Ben Sanderson)");

		Element awards = page.getElementById("awards");
		assertThat(awards.select("a[href=/awards/academy-awards/categories/best-actor]").eachText()).contains("Best Actor");
		assertThat(awards.select("h3 a[href=/awards/academy-awards]").text()).isEqualTo("Academy Awards");
		assertThat(awards.select("td a[href=/awards/academy-awards/1996]").eachText()).contains("1996 (68th)");
		assertThat(awards.select("tr.won").text()).contains("Best Actor").contains("Won");
		assertThat(awards.select("a[href=/awards/golden-globe-awards/1996]")).isNotEmpty();

		assertThat(page.select(".breadcrumbs a[href=/people]").text()).isEqualTo("People");
		assertThat(page.select(".infobox a[href=/films/leaving-las-vegas]")).isNotEmpty();
	}

	@Test
	void directorPageListsEveryCrewRoleOnTheFilm() throws Exception {
		Document page = HtmlPage.page(mvc, "/people/mike-figgis");
		String roles = page.getElementById("films").text();
		assertThat(roles).contains("Director", "Screenplay", "Composer");
	}

	@Test
	void authorPageShowsLifeDatesSourcedFactsAndTheNovel() throws Exception {
		Document page = HtmlPage.page(mvc, "/people/john-obrien");
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
		Document page = HtmlPage.page(mvc, "/people/david-baerwald");
		Element songs = page.getElementById("songs");
		assertThat(songs.select("a[href=/songs/leaving-las-vegas]")).isNotEmpty();
		assertThat(songs.text()).contains("Sheryl Crow", "writer");
		Document crow = HtmlPage.page(mvc, "/people/sheryl-crow");
		assertThat(crow.getElementById("songs").text()).contains("performer and writer");
	}

	@Test
	void indexListsEveryoneBySurnameAHundredAPage() throws Exception {
		Document page = HtmlPage.page(mvc, "/people");
		assertThat(page.select("h1").text()).isEqualTo("People");
		assertThat(page.select("nav.site-nav a[aria-current=page]").text()).isEqualTo("People");
		assertThat(page.select("ul.people > li")).hasSize(100);
		assertThat(page.select("main p.note").text()).matches("1–100 of \\d{4,} people, by surname");
		assertThat(page.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/people?page=2");
	}

	@Test
	void aLetterListsItsPeopleLinkingThoseWithAPageWithWhatTheyAreKnownFor() throws Exception {
		List<Element> c = entries("/people?letter=c");
		List<String> names = c.stream().map(li -> li.child(0).text()).toList();
		assertThat(names).contains("Nicolas Cage", "Sheryl Crow");
		assertThat(names.indexOf("Nicolas Cage")).isLessThan(names.indexOf("Sheryl Crow"));
		Element cage = c.get(names.indexOf("Nicolas Cage"));
		assertThat(cage.child(0).attr("href")).isEqualTo("/people/nicolas-cage");
		assertThat(cage.select(".known-for").text()).contains("Leaving Las Vegas", "1995 film: actor");
		// Moonstruck, at the Golden Globes
		assertThat(cage.text()).contains("first nominated for the films of 1987");
		// a nominee without a page of their own is listed by name
		Element dreyfuss = entries("/people?letter=d").stream()
			.filter(li -> li.ownText().startsWith("Richard Dreyfuss") || li.text().startsWith("Richard Dreyfuss"))
			.findFirst()
			.orElseThrow();
		// American Graffiti, at the Golden Globes
		assertThat(dreyfuss.text()).contains("first nominated for the films of 1973");
	}

	@Test
	void aDecadeListsThePeopleFirstNominatedInIt() throws Exception {
		Document page = HtmlPage.page(mvc, "/people?decade=1990");
		assertThat(page.select("h1").text()).isEqualTo("People first nominated in the 1990s");
		assertThat(page.select("ul.people > li")).hasSize(100)
			.allMatch(li -> li.text().matches(".*first nominated for the films of 199\\d.*"));
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/people?decade=1990");
	}

	@Test
	void theIndexRunsAFixedNumberOfStatementsColdAndNoneWarm() throws Exception {
		sql.startCold();
		mvc.perform(get("/people?letter=c&page=2")).andExpect(status().isOk());
		assertThat(sql.count()).isEqualTo(PEOPLE_INDEX_STATEMENTS);
		sql.startWarm();
		mvc.perform(get("/people?decade=1990")).andExpect(status().isOk());
		assertThat(sql.count()).isZero();
	}

	/** Every entry of an index, following its pages' next links. */
	private List<Element> entries(String path) throws Exception {
		List<Element> entries = new ArrayList<>();
		for (String next = path; !next.isEmpty();) {
			Document page = HtmlPage.page(mvc, next);
			entries.addAll(page.select("ul.people > li"));
			next = page.select("nav.pagination a[rel=next]").attr("href");
		}
		return entries;
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
		// person, facts, credits, nominations, their films, novels, songs
		assertThat(sql.coldAndWarm(mvc, "/people/nicolas-cage")).isEqualTo(new ColdAndWarm(7, 0));
	}

	@Test
	void thePageOfSomeoneKnownFromTheAwardDataOnlyRunsThreeStatements() throws Exception {
		sql.startCold();
		Document page = HtmlPage.page(mvc, "/people/walt-disney");
		// person, nominations, their films: no facts, credits, novels or songs to look for
		assertThat(sql.count()).isEqualTo(3);
		assertThat(page.select("h1").text()).isEqualTo("Walt Disney");
		assertThat(page.getElementById("awards").select("tbody tr")).hasSizeGreaterThan(50);
	}

	@Test
	void onlyThePeopleOfTheArticlesHaveFactsCreditsNovelsSongsOrMusic(@Autowired JdbcTemplate jdbc) {
		// What lets the pages of everyone else skip those statements (PersonPages).
		for (String table : new String[] { "fact f where f.person_id", "credit c where c.person_id",
				"novel n where n.author_id", "song_writer w where w.person_id", "song s where s.performer_id",
				"film_music m where m.person_id" }) {
			assertThat(jdbc.queryForObject("select count(*) from " + table
					+ " in (select p.id from person p where not p.has_page)", Integer.class)).as(table).isZero();
		}
		assertThat(jdbc.queryForObject("select count(*) from credit", Integer.class)).isPositive();
	}

	/** An unknown slug or index page 404, a malformed index parameter 400, a write 405, HEAD 200. */
	@Test
	void badInputIsAClientErrorWritesAre405AndHeadIsAnswered() throws Exception {
		mvc.perform(get("/people/nobody-at-all")).andExpect(status().isNotFound());
		mvc.perform(get("/people?page=9999")).andExpect(status().isNotFound());
		for (String query : new String[] { "page=abc", "letter=ab", "decade=abc" }) {
			mvc.perform(get("/people?" + query)).andExpect(status().isBadRequest());
		}
		for (String path : new String[] { "/people", "/people/nicolas-cage" }) {
			mvc.perform(post(path)).andExpect(status().isMethodNotAllowed());
			mvc.perform(head(path)).andExpect(status().isOk());
		}
	}

}
