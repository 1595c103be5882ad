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

/** The critics' index and pages ({@link CriticController}). */
@PageTest
class CriticControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Test
	void criticPagesListTheirQuotesAndPublications() throws Exception {
		Document index = HtmlPage.page(mvc, "/critics");
		assertThat(index.select("ul.critics a[href^=/critics/]").eachText()).containsExactly("Marjorie Baumgarten", "Henri Béhar",
				"Kevin Courrier", "Quentin Curtis", "Ryan Gilbey", "Owen Gleiberman", "Norbert Grob", "Urs Jenny",
				"Eleanor Ringel", "Michael Wilmington");
		Document page = HtmlPage.page(mvc, "/critics/owen-gleiberman");
		assertThat(page.select("h1").text()).isEqualTo("Owen Gleiberman");
		assertThat(page.select("a[href=/publications/entertainment-weekly]")).isNotEmpty();
		assertThat(page.select(".quote")).hasSize(3);
		assertThat(page.select(".breadcrumbs a[href=/critics]")).isNotEmpty();
		Document grob = HtmlPage.page(mvc, "/critics/norbert-grob");
		assertThat(grob.selectFirst(".quote figcaption").text())
			.contains("Norbert Grob (according to the German Wikipedia article; the author line of the stored review "
					+ "could not be read)");
		Document jenny = HtmlPage.page(mvc, "/critics/urs-jenny");
		assertThat(jenny.selectFirst(".quote figcaption").text())
			.contains("Urs Jenny (according to the German Wikipedia article; no copy of the review was found)");
		mvc.perform(get("/critics/no-such-critic")).andExpect(status().isNotFound());
		mvc.perform(post("/critics")).andExpect(status().isMethodNotAllowed());
		mvc.perform(post("/critics/owen-gleiberman")).andExpect(status().isMethodNotAllowed());
	}

	@Test
	void criticPagesRunAFixedNumberOfStatementsColdAndNoneWarm() throws Exception {
		assertThat(sql.coldAndWarm(mvc, "/critics")).isEqualTo(new ColdAndWarm(2, 0));
		assertThat(sql.coldAndWarm(mvc, "/critics/owen-gleiberman")).isEqualTo(new ColdAndWarm(2, 0));
	}

}
