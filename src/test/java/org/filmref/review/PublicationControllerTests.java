package org.filmref.review;

import org.filmref.web.HtmlPage;
import org.filmref.web.PageTest;
import org.filmref.web.SqlStatements;
import org.filmref.web.SqlStatements.ColdAndWarm;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The publications' index and pages ({@link PublicationController}). */
@PageTest
class PublicationControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Test
	void publicationsIndexListsEveryPublication() throws Exception {
		Document page = HtmlPage.page(mvc, "/publications");
		assertThat(page.select("ul.publications a").eachAttr("href")).contains("/publications/der-spiegel",
				"/publications/kino-de", "/publications/los-angeles-times");
		assertThat(page.select("ul.publications li").stream()
			.filter(li -> li.text().startsWith("Der Spiegel"))
			.findFirst()
			.orElseThrow()
			.text()).contains("Magazine, Germany", "1 critic quote");
	}

	@Test
	void publicationPageShowsDetailsQuotesAndTheSourcesCitingIt() throws Exception {
		Document page = HtmlPage.page(mvc, "/publications/die-zeit");
		assertThat(page.select("h1").text()).isEqualTo("Die Zeit");
		assertThat(page.selectFirst(".infobox").text()).contains("Newspaper", "Germany", "German",
				"https://www.zeit.de/");
		assertThat(page.select("#quotes a.permalink")).hasSize(1);
		assertThat(page.select("#quotes figcaption").text()).contains("Norbert Grob");
		assertThat(page.getElementById("cited").text()).contains("No. 20/1996");
		assertThat(page.select(".breadcrumbs a[href=/publications]")).isNotEmpty();
	}

	@Test
	void anUnknownPublicationIs404AndWritesAre405() throws Exception {
		mvc.perform(get("/publications/no-such-paper")).andExpect(status().isNotFound());
		mvc.perform(post("/publications")).andExpect(status().isMethodNotAllowed());
		mvc.perform(post("/publications/der-spiegel")).andExpect(status().isMethodNotAllowed());
	}

	@Test
	void publicationPagesRunAFixedNumberOfStatementsColdAndNoneWarm() throws Exception {
		assertThat(sql.coldAndWarm(mvc, "/publications")).isEqualTo(new ColdAndWarm(2, 0));
		assertThat(sql.coldAndWarm(mvc, "/publications/der-spiegel")).isEqualTo(new ColdAndWarm(3, 0));
	}

}
