package org.filmref.search;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.filmref.web.PageTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page on the real seeded content, read as a reader sees it.
 */
@PageTest
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

	/**
	 * A title or name an award body credits a page with leads to that page first: the Globes' "Sunset Boulevard" to
	 * Sunset Blvd., BAFTA's "Dr Zhivago" to Doctor Zhivago, the Globes' "J. Carroll Naish" to J. Carrol Naish; the hit
	 * is named by the site's title or name.
	 */
	@Test
	void anAwardBodysOwnTitleOrNameLeadsToThePage() throws Exception {
		Element sunset = firstHit(search("sunset boulevard", 200));
		assertThat(sunset.attr("href")).isEqualTo("/films/sunset-blvd-1950");
		assertThat(sunset.text()).startsWith("Sunset Blvd.");
		assertThat(firstHit(search("Dr Zhivago", 200)).attr("href")).isEqualTo("/films/doctor-zhivago-1965");
		Element naish = firstHit(search("J. Carroll Naish", 200));
		assertThat(naish.attr("href")).isEqualTo("/people/j-carrol-naish");
		assertThat(naish.text()).isEqualTo("J. Carrol Naish");
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

	/**
	 * Every hit of broad queries leads to a page that answers 200, at an anchor that exists there: films, people,
	 * the novel, songs, award ceremonies and critics' quotes.
	 */
	@Test
	void resultLinksResolve() throws Exception {
		Set<String> checked = new HashSet<>();
		for (String query : List.of("leaving las vegas", "nicolas cage", "sera", "best actor", "delirium", "super 16",
				"sheryl crow song")) {
			for (Element hit : search(query, 200).select("main .search-hit a")) {
				String href = hit.attr("href");
				String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
				if (!checked.add(href)) {
					continue;
				}
				MvcResult target = mvc.perform(get(URI.create(path))).andReturn();
				assertThat(target.getResponse().getStatus()).as(href).isEqualTo(200);
				if (href.contains("#")) {
					String anchor = href.substring(href.indexOf('#') + 1);
					assertThat(Jsoup.parse(target.getResponse().getContentAsString()).getElementById(anchor))
						.as(href)
						.isNotNull();
				}
			}
		}
		for (String type : List.of("/films/", "/people/", "/novels/", "/songs/", "/awards/", "/reviews/")) {
			assertThat(checked).as("a hit under " + type).anyMatch(href -> href.startsWith(type));
		}
	}

	@Test
	void anEmptyQueryShowsWhatCanBeSearched() throws Exception {
		List<Document> pages = List.of(page(get("/search")), page(get("/search").param("q", "")),
				page(get("/search").param("q", "   ")));
		for (Document page : pages) {
			assertThat(page.select("main h2").eachText()).contains("What you can search");
			assertThat(page.select("main .search-help a[href^='/search?q=']")).hasSizeGreaterThanOrEqualTo(3);
			assertThat(page.select("main .search-group")).isEmpty();
			assertThat(page.select("head meta[name=robots]")).as("the help page, in the sitemap, may be indexed").isEmpty();
		}
	}

	@Test
	void resultsPagesAreKeptOutOfSearchEngines() throws Exception {
		for (Document page : List.of(search("cage", 200), search("xyzzyq", 200), search("a".repeat(201), 400))) {
			assertThat(page.select("head meta[name=robots]").attr("content")).isEqualTo("noindex");
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
			"title:vegas AND", "\"leaving las", "las\\ vegas", "/", "^3", "a\u0007b", "%", "?" })
	void queryLanguageCharactersNeverBreakTheSearch(String query) throws Exception {
		Document page = search(query, 200);
		assertThat(page.select("main h1").text()).isEqualTo("Search");
		assertThat(page.select("main .search-message, main .search-summary").text()).isNotBlank();
	}

	@Test
	void aQueryOfControlCharactersOnlyIsNoQuery() throws Exception {
		Document page = search("\u0000\t\u0007", 200);
		assertThat(page.select("main .search-help a[href^='/search?q=']")).isNotEmpty();
		assertThat(page.select("#site-search-q").val()).isEmpty();
	}

	@Test
	void queryLanguageCharactersAroundWordsAreIgnored() throws Exception {
		assertThat(firstHit(search("\"nicolas* (cage~)\\", 200)).attr("href")).isEqualTo("/people/nicolas-cage");
	}

	private Document search(String query, int expectedStatus) throws Exception {
		MvcResult result = mvc.perform(get("/search").param("q", query)).andReturn();
		assertThat(result.getResponse().getStatus()).as("status for %s", query).isEqualTo(expectedStatus);
		String body = result.getResponse().getContentAsString();
		assertThat(body).as("control characters, which HTML does not allow, on the page for %s", query)
			.doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
		return Jsoup.parse(body);
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

	/** A write 405, HEAD 200. */
	@Test
	void badInputIsAClientErrorWritesAre405AndHeadIsAnswered() throws Exception {
		mvc.perform(post("/search").param("q", "cage")).andExpect(status().isMethodNotAllowed());
		mvc.perform(head("/search").param("q", "cage")).andExpect(status().isOk());
	}

}
