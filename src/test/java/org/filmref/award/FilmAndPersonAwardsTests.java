package org.filmref.award;

import org.filmref.web.HtmlPage;
import org.filmref.web.PageTest;
import org.filmref.web.SqlStatements;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every film and person of the Academy Awards data set has a page with their nominations, award body by award body in
 * one table each with the body's own totals, shown by the award feature's fragment; the figures are the data set's
 * (see {@code AcademyAwardsDataTests}).
 */
@PageTest
class FilmAndPersonAwardsTests {

	private static final String BASE = "http://localhost:8080";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aFilmWithoutAnArticleShowsItsNominationsTotalsImdbAndTheDataSetsCredit() throws Exception {
		Document page = HtmlPage.page(mvc, "/films/titanic-1997");
		assertThat(page.select("h1").text()).isEqualTo("Titanic");
		assertThat(page.title()).isEqualTo("Titanic (1997 film) – filmref");
		assertThat(page.select(".lead").text())
			.startsWith("Titanic, a film of 1997, has 11 wins from 14 nominations at the Academy Awards");
		Element awards = page.getElementById("awards");
		assertThat(awards.select("h3 a[href=/awards/academy-awards]").text()).isEqualTo("Academy Awards");
		// the Academy's table, the first: the data set's figures
		awards = awards.selectFirst("table");
		assertThat(awards.select("caption").text()).isEqualTo("Titanic at the Academy Awards: 11 wins from 14 nominations");
		assertThat(awards.select("thead th").eachText()).containsExactly("Ceremony", "Category", "Nominee", "Result",
				"Detail");
		assertThat(awards.select("thead th[scope=col]")).hasSize(5);
		Elements rows = awards.select("tbody tr");
		assertThat(rows).hasSize(14);
		assertThat(awards.select("tr.won")).hasSize(11);
		Element picture = rows.stream().filter(r -> r.text().contains("Best Picture")).findFirst().orElseThrow();
		assertThat(picture.select("th[scope=row] a[href=/awards/academy-awards/categories/best-picture]").text())
			.isEqualTo("Best Picture");
		assertThat(picture.select("td a[href=/awards/academy-awards/1998]").text()).isEqualTo("1998 (70th)");
		assertThat(picture.select("a[href=/people/james-cameron]").text()).isEqualTo("James Cameron");
		assertThat(picture.text()).contains("Won");
		Element actress = rows.stream().filter(r -> r.text().contains("Kate Winslet")).findFirst().orElseThrow();
		assertThat(actress.text()).contains("Rose DeWitt Bukater", "Nominated");
		assertThat(page.select("#web-links a[href=https://www.imdb.com/title/tt0120338/]")).hasSize(1);
		assertThat(page.select("#awards .attribution a[href=https://github.com/DLu/oscar_data]")).hasSize(1);
		// no empty article sections
		assertThat(page.getElementById("cast")).isNull();
		assertThat(page.select(".infobox")).isEmpty();
	}

	@Test
	void aFilmWithoutAnArticleIsAMovieWithItsWins() throws Exception {
		Document page = HtmlPage.page(mvc, "/films/titanic-1997");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/films/titanic-1997");
		assertThat(page.select("meta[name=description]").attr("content"))
			.startsWith("Titanic (1997): 11 wins from 14 nominations at the Academy Awards, with nominations at 2 other "
					+ "award bodies, winning Best Picture");
		JsonNode movie = jsonLd(page);
		assertThat(movie.path("@type").asString()).isEqualTo("Movie");
		assertThat(movie.path("name").asString()).isEqualTo("Titanic");
		assertThat(movie.path("url").asString()).isEqualTo(BASE + "/films/titanic-1997");
		assertThat(movie.path("dateCreated").asString()).isEqualTo("1997");
		assertThat(movie.path("sameAs").asString()).isEqualTo("https://www.imdb.com/title/tt0120338/");
		assertThat(movie.path("award").valueStream().filter(award -> award.asString().startsWith("Academy Award ")))
			.hasSize(11);
		assertThat(movie.path("award").get(0).asString()).startsWith("Academy Award for ").endsWith(" (1998)");
	}

	@Test
	void aPersonWithoutAnArticleShowsTheirNominationsFirstAndLastImdbAndTheCredit() throws Exception {
		Document page = HtmlPage.page(mvc, "/people/katharine-hepburn");
		assertThat(page.select("h1").text()).isEqualTo("Katharine Hepburn");
		Element awards = page.getElementById("awards");
		assertThat(awards.selectFirst("p").text())
			.startsWith("Katharine Hepburn has 4 wins from 12 nominations at the Academy Awards");
		Element academy = awards.selectFirst("table");
		assertThat(academy.select("thead th").eachText()).containsExactly("Ceremony", "Category", "Film", "Result",
				"Detail");
		assertThat(academy.select("tbody tr")).hasSize(12);
		assertThat(academy.select("tr.won")).hasSize(4);
		// the 1968 tie: her row and its film, linked
		Element lion = awards.select("tbody tr")
			.stream()
			.filter(r -> r.text().contains("The Lion in Winter"))
			.findFirst()
			.orElseThrow();
		assertThat(lion.select("td i a[href^=/films/the-lion-in-winter-]")).hasSize(1);
		assertThat(lion.text()).contains("Won");
		assertThat(page.select("#web-links a[href=https://www.imdb.com/name/nm0000031/]")).hasSize(1);
		assertThat(awards.select(".attribution a[href=https://github.com/DLu/oscar_data]")).hasSize(1);
		JsonNode person = jsonLd(page);
		assertThat(person.path("@type").asString()).isEqualTo("Person");
		assertThat(person.path("award").valueStream().filter(award -> award.asString().startsWith("Academy Award ")))
			.hasSize(4);
		assertThat(person.path("sameAs").asString()).isEqualTo("https://www.imdb.com/name/nm0000031/");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/people/katharine-hepburn");
		assertThat(page.select("meta[name=description]").attr("content"))
			.startsWith("Katharine Hepburn: 4 wins from 12 nominations at the Academy Awards");
	}

	@Test
	void theCuratedArticlesGainTheirAwardDataWithCoNomineesLinked() throws Exception {
		Document cage = HtmlPage.page(mvc, "/people/nicolas-cage");
		assertThat(cage.getElementById("films").text()).contains("Actor (Ben Sanderson)");
		Element awards = cage.getElementById("awards");
		assertThat(awards.select("a[href=/films/adaptation-2002]")).isNotEmpty();
		assertThat(cage.select("#web-links a[href=https://www.imdb.com/name/nm0000115/]")).hasSize(1);
		Document figgis = HtmlPage.page(mvc, "/people/mike-figgis");
		assertThat(figgis.getElementById("awards").select("a[href=/films/leaving-las-vegas]")).isNotEmpty();
	}

	@Test
	void onAPersonsPageTheOtherNomineesOfASharedNominationAreNamedNotThePersonAgain() throws Exception {
		Document page = HtmlPage.page(mvc, "/people/james-cameron");
		Element awards = page.getElementById("awards");
		Element picture = awards.select("tbody tr")
			.stream()
			.filter(r -> r.text().contains("Best Picture") && r.text().contains("Titanic"))
			.findFirst()
			.orElseThrow();
		assertThat(awards.select("table").first().select("thead th").eachText()).containsExactly("Ceremony", "Category", "Film", "Shared with",
				"Result");
		assertThat(picture.select("td").get(2).text()).isEqualTo("Jon Landau");
		assertThat(picture.select("td").get(2).select("a[href=/people/jon-landau]")).hasSize(1);
		assertThat(picture.select("td i a[href=/films/titanic-1997]").text()).isEqualTo("Titanic");
		assertThat(awards.select("a[href=/people/james-cameron]")).isEmpty();
		assertThat(awards.select("tbody").text()).doesNotContain("James Cameron");
		// his name links to his page from everywhere else: the film's page, the ceremony
		assertThat(HtmlPage.page(mvc, "/films/titanic-1997").select("#awards a[href=/people/james-cameron]")).isNotEmpty();
		assertThat(HtmlPage.page(mvc, "/awards/academy-awards/1998").select("a[href=/people/james-cameron]")).isNotEmpty();
	}

	@Test
	void everyNomineeAndFilmOfACeremonyLinksToItsPageExceptCompanies() throws Exception {
		Document page = HtmlPage.page(mvc, "/awards/academy-awards/1996");
		assertThat(page.select("a[href=/people/susan-sarandon]")).isNotEmpty();
		assertThat(page.select("a[href=/people/mel-gibson]")).isNotEmpty();
		assertThat(page.select("a[href=/films/braveheart]")).isNotEmpty();
		assertThat(page.select("a[href=/films/dead-man-walking]")).isNotEmpty();
		assertThat(page.select("a[href=/people/meryl-streep]")).isNotEmpty();
		for (Element link : page.select("#content a[href^=/people/], #content a[href^=/films/]").subList(0, 40)) {
			mvc.perform(get(link.attr("href"))).andExpect(status().isOk());
		}
		// a company is named, not linked: Best Picture's early nominees are studios
		Document first = HtmlPage.page(mvc, "/awards/academy-awards/1929");
		assertThat(first.getElementById("best-picture").select("tbody tr").first().select("th").text())
			.isEqualTo("The Caddo Company");
		assertThat(first.getElementById("best-picture").select("tbody tr").first().select("th a")).isEmpty();
	}

	@Test
	void slugsAreUniqueAndEveryFilmAndPersonIsServed() throws Exception {
		assertThat(jdbc.queryForObject("SELECT COUNT(*) - COUNT(DISTINCT slug) FROM film", Long.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) - COUNT(DISTINCT slug) FROM person", Long.class)).isZero();
		// one film and one person of each ceremony, the earliest rows of each table and the latest
		for (String slug : jdbc.queryForList("""
				SELECT MIN(f.slug) FROM film f JOIN nomination_film nf ON nf.film_id = f.id
				JOIN nomination n ON n.id = nf.nomination_id JOIN ceremony_category cc ON cc.id = n.ceremony_category_id
				GROUP BY cc.ceremony_id""", String.class)) {
			mvc.perform(get("/films/" + slug)).andExpect(status().isOk());
		}
		for (String slug : jdbc.queryForList("""
				SELECT MIN(p.slug) FROM person p JOIN nomination_nominee nn ON nn.person_id = p.id
				JOIN nomination n ON n.id = nn.nomination_id JOIN ceremony_category cc ON cc.id = n.ceremony_category_id
				GROUP BY cc.ceremony_id""", String.class)) {
			mvc.perform(get("/people/" + slug)).andExpect(status().isOk());
		}
	}

	/**
	 * A body whose data credits the film under another title says so under its heading: the Golden Globe Awards'
	 * "Sunset Boulevard" on Sunset Blvd.'s page, BAFTA's "Dr Zhivago" on Doctor Zhivago's; the Academy's own title
	 * is the page's, so its section has no such line.
	 */
	@Test
	void aBodyThatCreditsTheFilmUnderAnotherTitleSaysSo() throws Exception {
		Document sunset = HtmlPage.page(mvc, "/films/sunset-blvd-1950");
		assertThat(sunset.select("#awards h3 + p.credited-as").eachText()).containsExactly("Named in the data set as Sunset Boulevard.");
		assertThat(sunset.select("#awards p.credited-as").first().previousElementSibling().text())
			.isEqualTo("Golden Globe Awards");
		Document zhivago = HtmlPage.page(mvc, "/films/doctor-zhivago-1965");
		assertThat(zhivago.select("#awards p.credited-as").eachText()).containsExactly("Named in the data set as Dr Zhivago.");
		assertThat(zhivago.select("#awards p.credited-as").first().previousElementSibling().text())
			.isEqualTo("BAFTA Awards");
		assertThat(HtmlPage.page(mvc, "/films/titanic-1997").select("#awards p.credited-as")).isEmpty();
		// BAFTA's "Tootsie (Tootsie)" adds no word to the title
		assertThat(HtmlPage.page(mvc, "/films/tootsie-1982").select("#awards p.credited-as")).isEmpty();
	}

	/** So does a person's page: the Golden Globe Awards credit J. Carrol Naish as J. Carroll Naish. */
	@Test
	void aBodyThatCreditsThePersonUnderAnotherNameSaysSo() throws Exception {
		Document naish = HtmlPage.page(mvc, "/people/j-carrol-naish");
		assertThat(naish.select("#awards p.credited-as").eachText()).containsExactly("Named in the data set as J. Carroll Naish.");
		assertThat(naish.select("#awards p.credited-as").first().previousElementSibling().text())
			.isEqualTo("Golden Globe Awards");
		assertThat(HtmlPage.page(mvc, "/people/katharine-hepburn").select("#awards p.credited-as")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "/films/sunset-blvd-1950, 2", "/people/j-carrol-naish, 3", "/films/titanic-1997, 2", "/films/leaving-las-vegas, 8", "/people/nicolas-cage, 7",
			"/people/walt-disney, 3", "/people/meryl-streep, 3", "/people/katharine-hepburn, 3" })
	void statementsPerPageAreFixedWhateverTheNumberOfNominationsAndNoneWhenCached(String path, int cold)
			throws Exception {
		sql.startCold();
		mvc.perform(get(path)).andExpect(status().isOk());
		assertThat(sql.count()).as(path + " cold").isEqualTo(cold);
		sql.startWarm();
		mvc.perform(get(path)).andExpect(status().isOk());
		assertThat(sql.count()).as(path + " warm").isZero();
	}

	@Test
	void waltDisneysSixtyNominationsAndFourHonoraryAwards() throws Exception {
		Document page = HtmlPage.page(mvc, "/people/walt-disney");
		assertThat(page.getElementById("awards").selectFirst("table").select("tbody tr")).hasSize(64);
		// his four honorary awards are named apart, not counted as nominations
		assertThat(page.getElementById("awards").selectFirst("p").text()).startsWith("Walt Disney has 22 wins from 60 "
				+ "nominations at the Academy Awards, with the Special Award (1933), the Special Award (1939), the Special "
				+ "Award (1942) and the Irving G. Thalberg Memorial Award (1942)");
		assertThat(page.select("#awards caption").first().text()).isEqualTo("Walt Disney at the Academy Awards: 22 wins from 60 "
				+ "nominations, and the Special Award (1933), the Special Award (1939), the Special Award (1942) and the "
				+ "Irving G. Thalberg Memorial Award (1942)");
	}

	@Test
	void aCeremonyIsAnEvent() throws Exception {
		JsonNode event = jsonLd(HtmlPage.page(mvc, "/awards/academy-awards/1996"));
		assertThat(event.path("@type").asString()).isEqualTo("Event");
		assertThat(event.path("name").asString()).isEqualTo("68th Academy Awards");
		assertThat(event.path("startDate").asString()).isEqualTo("1996-03-25");
		assertThat(event.path("location").path("name").asString()).startsWith("Dorothy Chandler Pavilion");
		assertThat(event.path("url").asString()).isEqualTo(BASE + "/awards/academy-awards/1996");
		assertThat(event.path("superEvent").path("name").asString()).isEqualTo("Academy Awards");
		// a ceremony of the data set, whose day the site does not know: its year
		assertThat(jsonLd(HtmlPage.page(mvc, "/awards/academy-awards/1998")).path("startDate").asString()).isEqualTo("1998");
	}

	private static JsonNode jsonLd(Document page) {
		assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
		return JsonMapper.builder().build().readTree(page.selectFirst("script[type=application/ld+json]").data());
	}

}
