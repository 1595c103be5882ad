package org.filmref.award;

import java.util.List;

import org.filmref.web.HtmlPage;
import org.filmref.web.PageTest;
import org.filmref.web.SitemapPages;
import org.filmref.web.SqlStatements;
import org.filmref.web.SqlStatements.ColdAndWarm;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The awards season of a film year: the films nominated at any award body's ceremony honouring that year, a column per
 * body, the ceremonies taken from the data (their film year).
 */
@PageTest
class AwardSeasonTests {

	private static final String BASE = "http://localhost:8080";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private List<SitemapPages> sitemaps;

	@Test
	void theSeasonOf1995SetsEachBodysCeremonySideBySide() throws Exception {
		Document page = HtmlPage.page(mvc, "/awards/seasons/1995");
		assertThat(page.select("h1").text()).isEqualTo("Awards season 1995");
		Element table = page.selectFirst("table.season-table");
		assertThat(table.select("caption").text()).isNotBlank();
		Elements headers = table.select("thead th[scope=col]");
		assertThat(headers.first().text()).isEqualTo("Film");
		assertThat(table.select("thead a[href=/awards/academy-awards/1996]").text()).isEqualTo("68th Academy Awards");
		assertThat(table.select("thead a[href=/awards/golden-globe-awards/1996]").text())
			.isEqualTo("53rd Golden Globe Awards");
		assertThat(table.select("thead a[href=/awards/independent-spirit-awards/1996]").text())
			.isEqualTo("11th Independent Spirit Awards");
		assertThat(table.select("thead a[href=/awards/bafta-awards/1996]").text())
			.isEqualTo("49th British Academy Film Awards");
		List<String> bodies = headers.stream().skip(1).map(th -> th.selectFirst("a").text()).toList();
		Element leaving = table.select("tbody tr:has(th a[href=/films/leaving-las-vegas])").first();
		List<String> cells = leaving.select("td").eachText();
		assertThat(cells.get(bodies.indexOf("Academy Awards"))).isEqualTo("1 win from 4 nominations");
		assertThat(cells.get(bodies.indexOf("Golden Globe Awards"))).isEqualTo("1 win from 4 nominations");
		assertThat(cells.get(bodies.indexOf("Independent Spirit Awards"))).isEqualTo("4 wins from 6 nominations");
		assertThat(cells.get(bodies.indexOf("BAFTA Awards"))).isEqualTo("3 nominations");
		assertThat(leaving.select("td").get(bodies.indexOf("Academy Awards")).select("a").attr("href"))
			.isEqualTo("/awards/academy-awards/1996");
		// the Oscars' Best Picture, Braveheart, is on the same page, each body's results apart
		Element braveheart = table.select("tbody tr:has(th a[href=/films/braveheart])").first();
		assertThat(braveheart.select("td").get(bodies.indexOf("Academy Awards")).text())
			.isEqualTo("5 wins from 10 nominations");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/awards/seasons/1995");
		assertThat(page.select("meta[name=description]").attr("content"))
			.startsWith("The films of 1995 at the 68th Academy Awards, the 53rd Golden Globe Awards");
		assertThat(page.select(".breadcrumbs a[href=/awards]").text()).isEqualTo("Awards");
		assertThat(page.select("a[rel=prev]").attr("href")).isEqualTo("/awards/seasons/1994");
		assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/awards/seasons/1996");
	}

	@Test
	void aYearWithoutABodysCeremonyInTheDataSaysNoDataNotZero() throws Exception {
		Document page = HtmlPage.page(mvc, "/awards/seasons/2005");
		Element table = page.selectFirst("table.season-table");
		List<String> bodies = table.select("thead th[scope=col]").stream().skip(1).map(th -> th.selectFirst("a").text())
			.toList();
		int bafta = bodies.indexOf("BAFTA Awards");
		assertThat(table.select("thead th[scope=col]").get(bafta + 1).text()).contains("no data for 2005");
		assertThat(table.select("tbody tr")).isNotEmpty().allSatisfy(row -> {
			assertThat(row.select("td").get(bafta).text()).isEqualTo("no data");
			assertThat(row.select("td").eachText()).noneMatch(cell -> cell.matches("0( .*)?"));
		});
	}

	@Test
	void theFilmArticleAndEachCeremonyLinkToTheirSeason() throws Exception {
		assertThat(HtmlPage.page(mvc, "/films/leaving-las-vegas").select("#awards a[href=/awards/seasons/1995]").text())
			.isEqualTo("Awards season 1995");
		for (String ceremony : List.of("/awards/academy-awards/1996", "/awards/golden-globe-awards/1996",
				"/awards/independent-spirit-awards/1996", "/awards/bafta-awards/1996")) {
			assertThat(HtmlPage.page(mvc, ceremony).select("a[href=/awards/seasons/1995]")).as(ceremony).hasSize(1);
		}
	}

	@Test
	void everySeasonIsInTheSitemap() {
		List<String> paths = sitemaps.stream().flatMap(pages -> pages.sitemapPaths().stream()).toList();
		assertThat(paths).contains("/awards/seasons/1995", "/awards/seasons/2005");
	}

	@Test
	void anUnknownYearIsNotFoundAndAMalformedOneABadRequest() throws Exception {
		mvc.perform(get("/awards/seasons/1800")).andExpect(status().isNotFound());
		mvc.perform(get("/awards/seasons/nineteen")).andExpect(status().isBadRequest());
		assertThat(HtmlPage.page(mvc, "/awards/seasons/1995").select("h1")).hasSize(1);
	}

	@Test
	void aSeasonIsReadInFourStatementsAndNoneWhenCached() throws Exception {
		assertThat(sql.coldAndWarm(mvc, "/awards/seasons/1995")).isEqualTo(new ColdAndWarm(4, 0));
	}

	/**
	 * The index of seasons lists every film year a ceremony in the data honours, each linked to its season, with each
	 * body's ceremony of that year; the awards index and every season link to it.
	 */
	@Test
	void theIndexListsEverySeasonWithEachBodysCeremony() throws Exception {
		Document page = HtmlPage.page(mvc, "/awards/seasons");
		assertThat(page.select("h1").text()).isEqualTo("Awards seasons");
		Element table = page.selectFirst("table.season-index");
		List<String> bodies = table.select("thead th[scope=col]").stream().skip(1).map(Element::text).toList();
		assertThat(bodies).contains("Academy Awards", "Golden Globe Awards", "BAFTA Awards",
				"Screen Actors Guild Awards", "Independent Spirit Awards");
		List<String> seasons = table.select("tbody th[scope=row] a").eachAttr("href");
		List<String> sitemap = sitemaps.stream()
			.flatMap(pages -> pages.sitemapPaths().stream())
			.filter(path -> path.matches("/awards/seasons/\\d+"))
			.toList();
		assertThat(seasons).isNotEmpty().containsExactlyElementsOf(sitemap);
		assertThat(seasons.get(0)).isEqualTo("/awards/seasons/1927");
		Element of1995 = table.select("tbody tr:has(th a[href=/awards/seasons/1995])").first();
		List<Element> cells = of1995.select("td");
		assertThat(cells.get(bodies.indexOf("Academy Awards")).select("a").attr("href"))
			.isEqualTo("/awards/academy-awards/1996");
		assertThat(cells.get(bodies.indexOf("BAFTA Awards")).text()).isEqualTo("49th British Academy Film Awards");
		// no Screen Actors Guild Awards before 1995, no BAFTA data for 2005: a dash said in words, never a link
		Element of2005 = table.select("tbody tr:has(th a[href=/awards/seasons/2005])").first();
		assertThat(of2005.select("td").get(bodies.indexOf("BAFTA Awards")).select("a")).isEmpty();
		assertThat(of2005.select("td").get(bodies.indexOf("BAFTA Awards")).select(".visually-hidden").text()).isEqualTo("none");
		assertThat(of1995.select("th a").text()).isEqualTo("1995");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/awards/seasons");
		assertThat(page.select("meta[name=description]").attr("content")).startsWith("Every awards season on filmref");
		assertThat(page.select(".breadcrumbs a[href=/awards]").text()).isEqualTo("Awards");
		assertThat(HtmlPage.page(mvc, "/awards").select("main a[href=/awards/seasons]")).hasSize(1);
		assertThat(HtmlPage.page(mvc, "/awards/seasons/1995").select(".breadcrumbs a[href=/awards/seasons]").text())
			.isEqualTo("Awards seasons");
		assertThat(sitemaps.stream().flatMap(pages -> pages.sitemapPaths().stream())).contains("/awards/seasons");
	}

	@Test
	void theIndexIsReadInOneStatementAndNoneWhenCached() throws Exception {
		sql.startCold();
		mvc.perform(get("/awards/seasons")).andExpect(status().isOk());
		assertThat(sql.count()).isEqualTo(1);
		sql.startWarm();
		mvc.perform(get("/awards/seasons")).andExpect(status().isOk());
		assertThat(sql.count()).isZero();
	}

	@Test
	void aYearOutsideTheSeasonsIsNotFoundWithAWayBack() throws Exception {
		mvc.perform(get("/awards/seasons/1700")).andExpect(status().isNotFound());
		mvc.perform(get("/awards/seasons/abc")).andExpect(status().isBadRequest());
		Document missing = org.jsoup.Jsoup.parse(mvc.perform(get("/awards/seasons/1700"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(missing.select("main a[href]")).as("a way back").isNotEmpty();
		mvc.perform(post("/awards/seasons")).andExpect(status().isMethodNotAllowed());
	}

}
