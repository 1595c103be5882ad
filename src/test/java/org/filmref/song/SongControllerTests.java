package org.filmref.song;

import org.filmref.web.SqlStatements;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.filmref.web.PageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The song page on the real seeded content: the answer to "Who sings the song Leaving Las Vegas", its sources, the
 * charts, the links to the novel and its author, and the statements it takes.
 */
@PageTest
class SongControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SqlStatements sql;

	@Test
	void theLeadAnswersWhoSingsTheSong() throws Exception {
		Document page = page("/songs/leaving-las-vegas");
		assertThat(page.select("main h1").text()).isEqualTo("Leaving Las Vegas");
		assertThat(page.select("main h1")).hasSize(1);
		assertThat(page.select("main .subtitle").text()).isEqualTo("Song by Sheryl Crow");
		assertThat(page.select("main .subtitle a").attr("href")).isEqualTo("/people/sheryl-crow");
		assertThat(page.select("main .lead").text()).contains("sung by Sheryl Crow")
			.contains("Tuesday Night Music Club (A&M, 1993)")
			.contains("single in 1994");
		assertThat(page.title()).contains("Leaving Las Vegas").contains("Sheryl Crow");
	}

	@Test
	void theInfoboxGivesAlbumSingleWritersLengthAndProducerWithSources() throws Exception {
		Document page = page("/songs/leaving-las-vegas");
		assertThat(infobox(page, "Album").text()).startsWith("Tuesday Night Music Club (A&M)");
		Element single = infobox(page, "Single release");
		assertThat(single.text()).startsWith("1994");
		assertThat(single.select("sup[id^=cite-]")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(single.select(".infobox__note").text()).contains("4 April 1994").contains("18 June 1994");
		assertThat(infobox(page, "Length").text()).isEqualTo("5:10");
		assertThat(infobox(page, "Producer").text()).startsWith("Bill Bottrell");
		Element writers = infobox(page, "Songwriters");
		assertThat(writers.text()).contains("David Baerwald", "Bill Bottrell", "Sheryl Crow", "Kevin Gilbert",
				"Brian MacLeod", "David Ricketts");
		// Only people with a page of their own are links.
		assertThat(writers.select("a[href^='/people/']").eachAttr("href")).contains("/people/sheryl-crow");
	}

	@Test
	void theChartsTableListsThePeaksWithSources() throws Exception {
		Document page = page("/songs/leaving-las-vegas");
		assertThat(page.select("#charts tbody tr")).hasSize(4);
		assertThat(page.select("#charts tbody tr").first().text()).contains("US Billboard Hot 100", "1994", "60");
		assertThat(page.select("#charts tbody th").eachText()).contains("US Billboard Modern Rock Tracks",
				"UK Singles Chart", "Canada RPM");
		assertThat(page.select("#charts tbody tr sup[id^=cite-]")).hasSize(4);
	}

	@Test
	void theTitleLinksToTheNovelAndItsAuthorAndTheSongIsNotInTheFilm() throws Exception {
		Document page = page("/songs/leaving-las-vegas");
		assertThat(page.select("#related a").eachAttr("href")).contains("/novels/leaving-las-vegas",
				"/people/john-obrien", "/films/leaving-las-vegas");
		assertThat(page.select("#background").text()).contains("not on the soundtrack album");
		assertThat(page.select("#background dt").eachText()).contains("Link to the novel", "Letterman appearance");
	}

	@Test
	void everyFootnoteLeadsToAReferenceAndBack() throws Exception {
		Document page = page("/songs/leaving-las-vegas");
		assertThat(page.select("main sup > a[href^=#ref-]")).isNotEmpty();
		for (Element mark : page.select("main sup > a[href^=#ref-]")) {
			assertThat(page.getElementById(mark.attr("href").substring(1))).as(mark.attr("href")).isNotNull();
		}
		assertThat(page.select("#references li")).isNotEmpty();
		for (Element back : page.select("#references a[href^=#cite-]")) {
			assertThat(page.getElementById(back.attr("href").substring(1))).as(back.attr("href")).isNotNull();
		}
	}

	@Test
	void thePageTakesFourStatementsColdAndNoneWarm() throws Exception {
		sql.startCold();
		page("/songs/leaving-las-vegas");
		assertThat(sql.count()).as("any lazy load would be one more").isEqualTo(4);
		sql.startWarm();
		page("/songs/leaving-las-vegas");
		assertThat(sql.count()).isZero();
	}

	@Test
	void anUnknownSongIs404() throws Exception {
		MvcResult result = mvc.perform(get("/songs/no-such-song")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
	}

	private Document page(String uri) throws Exception {
		MvcResult result = mvc.perform(get(uri)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private static Element infobox(Document page, String label) {
		Element dt = page.select(".infobox dt").stream()
			.filter(e -> e.text().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no infobox row " + label));
		return dt.nextElementSibling();
	}

	/** An unknown slug 404, a write 405, HEAD 200. */
	@Test
	void badInputIsAClientErrorWritesAre405AndHeadIsAnswered() throws Exception {
		mvc.perform(get("/songs/no-such-song")).andExpect(status().isNotFound());
		mvc.perform(post("/songs/leaving-las-vegas")).andExpect(status().isMethodNotAllowed());
		mvc.perform(head("/songs/leaving-las-vegas")).andExpect(status().isOk());
	}

}
