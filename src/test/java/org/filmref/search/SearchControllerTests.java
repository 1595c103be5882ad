package org.filmref.search;

import java.net.URI;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The search page on the real seeded content, read as a reader sees it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theSongQuestionPutsTheSongFirst() throws Exception {
		Document page = search("who sings the song leaving las vegas", 200);
		assertThat(page.select("main section.search-group h2").first().text()).isEqualTo("Songs");
		Element first = firstHit(page);
		assertThat(first.attr("href")).isEqualTo("/songs/leaving-las-vegas");
		assertThat(first.text()).contains("Sheryl Crow");
		assertThat(page.select("main h2").eachText()).contains("Films", "Novels");
	}

	@Test
	void misspeltNamesFindThePerson() throws Exception {
		Element cage = firstHit(search("nicholas cage", 200));
		assertThat(cage.attr("href")).isEqualTo("/people/nicolas-cage");
		assertThat(cage.text()).isEqualTo("Nicolas Cage");
		Element shue = firstHit(search("elizabeth shue", 200));
		assertThat(shue.attr("href")).isEqualTo("/people/elisabeth-shue");
	}

	@Test
	void aWordFormFindsItsStemAndMarksIt() throws Exception {
		Document page = search("drinking", 200);
		assertThat(page.select("main .snippet mark").eachText()).anyMatch(m -> m.equalsIgnoreCase("drink"));
		assertThat(page.select("main section.search-group h2").eachText()).contains("Films");
	}

	@Test
	void aFragmentOfACriticQuoteFindsItsReview() throws Exception {
		Document page = search("irreconcilable delirium", 200);
		Element first = firstHit(page);
		assertThat(first.attr("href")).matches("/reviews/\\d+");
		assertThat(first.text()).contains("kino.de");
		assertThat(first.parent().select(".snippet mark").eachText()).containsExactly("irreconcilable", "delirium");
	}

	@Test
	void aCharacterNameFindsTheCharacter() throws Exception {
		Document page = search("ben sanderson", 200);
		assertThat(page.select("main section.search-group h2").first().text()).isEqualTo("Characters");
		assertThat(firstHit(page).attr("href")).isEqualTo("/films/leaving-las-vegas#cast");
	}

	@Test
	void anEmptyQueryShowsWhatCanBeSearched() throws Exception {
		List<Document> pages = List.of(page(get("/search")), page(get("/search").param("q", "")),
				page(get("/search").param("q", "   ")));
		for (Document page : pages) {
			assertThat(page.select("main h2").eachText()).contains("What you can search");
			assertThat(page.select("main .search-help a[href^='/search?q=']")).hasSizeGreaterThanOrEqualTo(3);
			assertThat(page.select("main .search-group")).isEmpty();
		}
	}

	@Test
	void theHelpPageExamplesFindSomething() throws Exception {
		for (Element example : page(get("/search")).select("main .search-help a")) {
			Document results = page(get(URI.create(example.attr("href"))));
			assertThat(results.select("main .search-hit")).as(example.text()).isNotEmpty();
		}
	}

	@Test
	void aQueryOverTwoHundredCharactersIsRefusedWith400() throws Exception {
		Document page = search("a".repeat(201), 400);
		assertThat(page.select("main [role=alert]").text()).contains("too long").contains("200").contains("201");
		assertThat(page.select("main .search-group")).isEmpty();
		search("leaving " + "x".repeat(192), 200);
	}

	@Test
	void markupInTheQueryIsShownEscaped() throws Exception {
		String hostile = "<script>alert(1)</script>";
		MvcResult result = mvc.perform(get("/search").param("q", hostile)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String html = result.getResponse().getContentAsString();
		assertThat(html).doesNotContain(hostile).contains("&lt;script&gt;");
		Document page = Jsoup.parse(html);
		assertThat(page.select("script")).isEmpty();
		assertThat(page.select("main").text()).contains(hostile);
		assertThat(page.select("#site-search-q").val()).isEqualTo(hostile);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"", "*", "~~~", "\\", "(", ")", "[", "{", "!", "-", "+", "&&", "||", "a~2", "*:*",
			"title:vegas AND", "\"leaving las", "las\\ vegas", "/", "^3", "\u0000", "%", "?" })
	void queryLanguageCharactersNeverBreakTheSearch(String query) throws Exception {
		Document page = search(query, 200);
		assertThat(page.select("main h1").text()).isEqualTo("Search");
		assertThat(page.select("main .search-message, main .search-summary").text()).isNotBlank();
	}

	@Test
	void queryLanguageCharactersAroundWordsAreIgnored() throws Exception {
		assertThat(firstHit(search("\"nicolas* (cage~)\\", 200)).attr("href")).isEqualTo("/people/nicolas-cage");
	}

	private Document search(String query, int expectedStatus) throws Exception {
		MvcResult result = mvc.perform(get("/search").param("q", query)).andReturn();
		assertThat(result.getResponse().getStatus()).as("status for %s", query).isEqualTo(expectedStatus);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private static Element firstHit(Document page) {
		Element hit = page.selectFirst("main .search-hit a");
		assertThat(hit).as("a first hit").isNotNull();
		return hit;
	}

}
