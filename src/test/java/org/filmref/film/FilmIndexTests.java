package org.filmref.film;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.filmref.web.HtmlPage;
import org.filmref.web.Letter;
import org.filmref.web.PageTest;
import org.filmref.web.SqlStatements;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The home page and the film index: every film of the database, by title, letter and decade, a hundred a page. */
@PageTest
class FilmIndexTests {

	private static final Pattern RANGE = Pattern.compile("(\\d+)–(\\d+) of (\\d+) films");

	@Autowired
	MockMvc mvc;

	@Autowired
	SqlStatements sql;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void homePageIntroducesTheSiteWithItsArticlesAndTheWaysIn() throws Exception {
		Document page = HtmlPage.page(mvc, "/");
		assertThat(page.select("main h1").text()).isEqualTo("filmref");
		assertThat(page.select("#featured + ul a[href=/films/leaving-las-vegas]").text()).isEqualTo("Leaving Las Vegas");
		assertThat(page.select("main a").eachAttr("href")).contains("/films", "/people", "/awards", "/reviews", "/search");
		assertThat(page.select("nav.site-nav a[href=/films]").text()).isEqualTo("Films");
		assertThat(page.select("nav.site-nav a[aria-current]")).isEmpty();
	}

	@Test
	void theIndexListsEveryFilmAHundredAPage() throws Exception {
		int films = jdbc.queryForObject("SELECT COUNT(*) FROM film", Integer.class);
		assertThat(films).isGreaterThan(5264);
		int pages = (films + 99) / 100;

		Document first = HtmlPage.page(mvc, "/films");
		assertThat(first.select("h1").text()).isEqualTo("Films");
		assertThat(first.select("ul.films > li")).hasSize(100);
		assertThat(range(first)).containsExactly(1, 100, films);
		assertThat(first.select("nav.site-nav a[aria-current=page]").text()).isEqualTo("Films");
		Element pagination = first.selectFirst("nav.pagination[aria-label=Pages]");
		assertThat(pagination.select("a[aria-current=page]").text()).isEqualTo("1");
		assertThat(pagination.select("a[rel=prev]")).isEmpty();
		assertThat(pagination.select("a[rel=next]").attr("href")).isEqualTo("/films?page=2");
		assertThat(pagination.select("a").eachAttr("href")).contains("/films?page=" + pages);

		Document last = HtmlPage.page(mvc, "/films?page=" + pages);
		assertThat(last.select("ul.films > li")).hasSize(films - 100 * (pages - 1));
		assertThat(last.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/films?page=" + (pages - 1));
		assertThat(last.select("nav.pagination a[rel=next]")).isEmpty();
		assertThat(last.select("title").text()).isEqualTo("Films – page " + pages + " of " + pages + " – filmref");
	}

	@Test
	void theLettersShareOutEveryFilm() throws Exception {
		int films = jdbc.queryForObject("SELECT COUNT(*) FROM film", Integer.class);
		int sum = 0;
		for (Letter letter : Letter.all()) {
			Document page = HtmlPage.page(mvc, "/films?letter=" + letter.param());
			sum += page.select("ul.films > li").isEmpty() ? 0 : range(page).get(2);
		}
		assertThat(sum).isEqualTo(films);
	}

	@Test
	void aLetterListsItsFilmsByTitleLinkingThoseWithAPage() throws Exception {
		List<Element> b = entries("/films?letter=b");
		assertThat(b).extracting(Element::text).contains("Braveheart (1995)", "Ben-Hur (1959)");
		List<Element> l = entries("/films?letter=l");
		assertThat(l.stream().filter(li -> li.text().equals("Leaving Las Vegas (1995)")))
			.singleElement()
			.satisfies(li -> assertThat(li.select("a").attr("href")).isEqualTo("/films/leaving-las-vegas"));
		// by title, case and accents aside (the year after it is not part of the order: Le Mans before Le Mans '66)
		List<String> titles = l.stream()
			.map(li -> Normalizer.normalize(li.text().replaceFirst(" \\(\\d{4}\\)$", ""), Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "")
				.toLowerCase())
			.toList();
		assertThat(titles).isSortedAccordingTo(String::compareTo);
		assertThat(entries("/films?letter=other")).extracting(Element::text).contains("42nd Street (1932)");
	}

	@Test
	void aDecadeListsTheFilmsOfItsYears() throws Exception {
		Document page = HtmlPage.page(mvc, "/films?decade=1920");
		assertThat(page.select("h1").text()).isEqualTo("Films of the 1920s");
		assertThat(page.select("ul.films > li").eachText()).contains("Sunrise (1927)", "7th Heaven (1927)")
			.allMatch(text -> text.matches(".* \\(192\\d\\)"));
		assertThat(page.select("nav.browse a[aria-current=page]").text()).isEqualTo("1920s");
		assertThat(page.select("nav.browse ul.decades a").eachText()).contains("1920s", "1990s", "2020s");
	}

	@Test
	void aPageBeyondThePagedTitleAndCanonicalLinkHaveItsNumber() throws Exception {
		Document second = HtmlPage.page(mvc, "/films?letter=B&page=2");
		assertThat(second.select("title").text()).matches("Films under B – page 2 of \\d+ – filmref");
		assertThat(second.select("link[rel=canonical]").attr("href")).endsWith("/films?letter=b&page=2");
		assertThat(second.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/films?letter=b");
		assertThat(second.select("meta[name=description]").attr("content")).startsWith("Films under B in filmref, ");
		Document first = HtmlPage.page(mvc, "/films?letter=b&page=1");
		assertThat(first.select("link[rel=canonical]").attr("href")).endsWith("/films?letter=b");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/films?page=0", "/films?page=-1", "/films?page=1000", "/films?letter=x&page=9",
			"/films?decade=1800", "/films?decade=2990", "/people?page=0", "/people?page=1000",
			"/people?decade=1800" })
	void pagesAndDecadesOutOfRangeAreNotFound(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/films?page=abc", "/films?page=1.5", "/films?page=99999999999", "/films?letter=ab",
			"/films?letter=1", "/films?letter=%23", "/films?letter=", "/films?decade=1995", "/films?decade=199",
			"/films?decade=nineties", "/people?page=x", "/people?letter=ß", "/people?decade=0" })
	void malformedPagingParametersAreBadRequests(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isBadRequest());
	}

	@Test
	void anIndexPageRunsTwoStatementsColdAndNoneWarmWhateverItShows() throws Exception {
		sql.startCold();
		mvc.perform(get("/films?letter=b&page=2")).andExpect(status().isOk());
		assertThat(sql.count()).isEqualTo(2);
		sql.startWarm();
		mvc.perform(get("/films?decade=1990&page=3")).andExpect(status().isOk());
		mvc.perform(get("/films")).andExpect(status().isOk());
		assertThat(sql.count()).isZero();
	}

	/** Every entry of an index, following its pages' next links. */
	private List<Element> entries(String path) throws Exception {
		List<Element> entries = new ArrayList<>();
		for (String next = path; !next.isEmpty();) {
			Document page = HtmlPage.page(mvc, next);
			entries.addAll(page.select("ul.films > li"));
			next = page.select("nav.pagination a[rel=next]").attr("href");
		}
		return entries;
	}

	private static List<Integer> range(Document page) {
		Matcher range = RANGE.matcher(page.select("main p.note").text());
		assertThat(range.find()).isTrue();
		return List.of(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)),
				Integer.parseInt(range.group(3)));
	}

}
