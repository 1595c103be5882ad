package org.filmref.novel;


import org.filmref.web.HtmlPage;
import org.filmref.web.PageTest;
import org.filmref.web.SqlStatements;
import org.filmref.web.SqlStatements.ColdAndWarm;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PageTest
class NovelControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Test
	void novelPageShowsAuthorPublicationBackgroundAndTheAuthorsDeathWithSources() throws Exception {
		Document page = HtmlPage.page(mvc, "/novels/leaving-las-vegas");
		assertThat(page.select("h1").text()).isEqualTo("Leaving Las Vegas (novel)");
		Element infobox = page.selectFirst(".infobox");
		assertThat(infobox.select("a[href=/people/john-obrien]").text()).isEqualTo("John O'Brien");
		assertThat(infobox.text()).contains("1990", "Watermark Press");

		assertThat(page.getElementById("background").text()).contains("alcohol");
		Element author = page.getElementById("author");
		assertThat(author.text()).contains("Died", "10 April 1994");
		assertThat(author.select("sup a[href^=#ref-]")).isNotEmpty();
		for (Element mark : page.select("sup a[href^=#ref-]")) {
			assertThat(page.getElementById("references").getElementById(mark.attr("href").substring(1))).isNotNull();
		}
		assertThat(page.select("#references li")).hasSizeGreaterThan(3);
	}

	@Test
	void novelPageLinksToTheAdaptationAndTheSongNamedAfterIt() throws Exception {
		Document page = HtmlPage.page(mvc, "/novels/leaving-las-vegas");
		assertThat(page.getElementById("adaptations").select("a[href=/films/leaving-las-vegas]")).isNotEmpty();
		Element song = page.getElementById("song");
		assertThat(song.select("a[href=/songs/leaving-las-vegas]")).isNotEmpty();
		assertThat(song.select("a[href=/people/sheryl-crow]").text()).isEqualTo("Sheryl Crow");
		assertThat(page.select(".breadcrumbs a[href=/people/john-obrien]")).isNotEmpty();
	}

	@Test
	void unknownNovelIsNotFound() throws Exception {
		mvc.perform(get("/novels/no-such-novel")).andExpect(status().isNotFound());
	}

	@Test
	void novelPageRunsFiveStatementsColdAndNoneWarm() throws Exception {
		assertThat(sql.coldAndWarm(mvc, "/novels/leaving-las-vegas")).isEqualTo(new ColdAndWarm(5, 0));
	}

	/** An unknown slug 404, a write 405, HEAD 200. */
	@Test
	void badInputIsAClientErrorWritesAre405AndHeadIsAnswered() throws Exception {
		mvc.perform(get("/novels/no-such-novel")).andExpect(status().isNotFound());
		mvc.perform(post("/novels/leaving-las-vegas")).andExpect(status().isMethodNotAllowed());
		mvc.perform(head("/novels/leaving-las-vegas")).andExpect(status().isOk());
	}

}
