package org.filmref.review;

import java.util.List;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PageTest
class ReviewControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Test
	void indexListsEveryQuoteByFilmLanguageAndPublicationWithPermalinks() throws Exception {
		Document page = HtmlPage.page(mvc, "/reviews");
		assertThat(page.select("h1").text()).isEqualTo("Critics' quotes");
		Element film = page.getElementById("leaving-las-vegas");
		assertThat(film.select("h2 a[href=/films/leaving-las-vegas]").text()).isEqualTo("Leaving Las Vegas");
		assertThat(film.text()).contains("36 quotes");
		assertThat(film.select("h3").eachText()).containsExactly("German-language critics, in English translation",
				"English-language critics");
		assertThat(page.getElementById("leaving-las-vegas-de").select("h4 a").eachText())
			.containsExactly("Lexikon des internationalen Films", "Der Spiegel", "Die Zeit", "kino.de");
		assertThat(page.getElementById("leaving-las-vegas-en").select("h4 a").eachText()).contains(
				"Entertainment Weekly", "Chicago Tribune", "The Austin Chronicle", "Boxoffice", "The Independent",
				"Film Scouts", "RogerEbert.com", "Rolling Stone", "Empire", "The Baltimore Sun", "Mail & Guardian",
				"Time Out", "TV Guide");
		assertThat(page.select("a.permalink")).hasSize(36);
		assertThat(page.select("a.permalink").eachAttr("href")).allMatch(href -> href.matches("/reviews/\\d+"));
		assertThat(page.select("a[href=/films/leaving-las-vegas#reception]")).isNotEmpty();
		assertThat(page.select("details.original p[lang=de]").text()).startsWith("Eine unbeschönigte Bestandsaufnahme");
		assertThat(page.select("a[href=/critics]")).isNotEmpty();
	}

	@Test
	void permalinkShowsTheFullQuoteItsCitationSourceAndCopyableLine() throws Exception {
		String href = HtmlPage.page(mvc, "/films/leaving-las-vegas")
			.select("#reception a.permalink")
			.stream()
			.filter(a -> a.closest("figure").text().contains("Urs Jenny"))
			.findFirst()
			.orElseThrow()
			.attr("href");
		Document page = HtmlPage.page(mvc, href);
		assertThat(page.select("h1").text()).isEqualTo("Der Spiegel on Leaving Las Vegas");
		assertThat(page.select("blockquote").first().text()).startsWith("[The movie] does not promise any kind of salvation.");
		Element citation = page.getElementById("citation");
		assertThat(citation.text()).contains("Urs Jenny", "Der Spiegel", "17/1996");
		assertThat(citation.select("a[href=/publications/der-spiegel]")).isNotEmpty();
		assertThat(citation.select("a[href=/films/leaving-las-vegas#reception]")).isNotEmpty();
		assertThat(citation.select("a[href=/reviews#leaving-las-vegas]")).isNotEmpty();
		assertThat(citation.select("a[href=/critics/urs-jenny]").text()).isEqualTo("Urs Jenny");
		Element line = page.getElementById("citation-line");
		assertThat(line.hasAttr("readonly")).isTrue();
		assertThat(page.select("label[for=citation-line]")).isNotEmpty();
		assertThat(line.text()).contains("Urs Jenny", "Der Spiegel", "No. 17/1996").doesNotContain("No. No.");
		assertThat(page.getElementById("references").text()).contains("Der Spiegel");
		String mark = page.selectFirst("sup a[href^=#ref-]").attr("href").substring(1);
		assertThat(page.getElementById("references").getElementById(mark)).isNotNull();
	}

	@Test
	void permalinkShowsTheVerifiedOriginalText() throws Exception {
		String href = HtmlPage.page(mvc, "/publications/lexikon-des-internationalen-films")
			.selectFirst("a.permalink")
			.attr("href");
		Document page = HtmlPage.page(mvc, href);
		assertThat(page.getElementById("original").select("blockquote[lang=de]").text())
			.startsWith("Eine unbeschönigte Bestandsaufnahme");
	}

	@Test
	void everyQuoteOnTheFilmPageLinksToItsPermalink() throws Exception {
		Document film = HtmlPage.page(mvc, "/films/leaving-las-vegas");
		List<String> permalinks = film.select("#reception a.permalink").eachAttr("href");
		assertThat(permalinks).hasSize(6);
		for (String permalink : permalinks) {
			HtmlPage.page(mvc, permalink);
		}
	}

	@Test
	void malformedNegativeZeroAndHugeIdsAreClientErrorsNeverServerErrors() throws Exception {
		mvc.perform(get("/reviews/abc")).andExpect(status().isBadRequest());
		mvc.perform(get("/reviews/99999999999999999999")).andExpect(status().isBadRequest());
		mvc.perform(get("/reviews/1.5")).andExpect(status().isBadRequest());
		mvc.perform(get("/reviews/-1")).andExpect(status().isNotFound());
		mvc.perform(get("/reviews/0")).andExpect(status().isNotFound());
		mvc.perform(get("/reviews/" + Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	@Test
	void writesAreNotAllowed() throws Exception {
		mvc.perform(post("/reviews")).andExpect(status().isMethodNotAllowed());
		mvc.perform(post("/reviews/1")).andExpect(status().isMethodNotAllowed());
	}

	@Test
	void reviewPagesRunAFixedNumberOfStatementsColdAndNoneWarm() throws Exception {
		String permalink = HtmlPage.page(mvc, "/reviews").selectFirst("a.permalink").attr("href");
		assertThat(sql.coldAndWarm(mvc, "/reviews")).isEqualTo(new ColdAndWarm(2, 0));
		assertThat(sql.coldAndWarm(mvc, permalink)).isEqualTo(new ColdAndWarm(1, 0));
	}

}
