package org.filmref.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page type tells search engines and link previews what it holds: a description of its own, built from its
 * content, that fits what a search result shows. Error pages have none: they are not pages to index.
 */
@PageTest
class PageDescriptionTests {

	/** Descriptions written from data, not taken from an article's prose, fit in a search result. */
	private static final int BUILT_LENGTH = Description.LENGTH;

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest
	@MethodSource("org.filmref.web.PageTypes#documents")
	void everyPageTypeHasADescriptionOfItsOwn(String path) throws Exception {
		MockHttpServletResponse response = response(path);
		Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		Element description = page.selectFirst("head meta[name=description]");

		assertThat(response.getStatus()).as(path).isEqualTo(PageTypes.status(path));
		if (response.getStatus() != 200) {
			assertThat(description).as("an error page's description").isNull();
			return;
		}
		assertThat(description).as("description of %s", path).isNotNull();
		String text = description.attr("content");
		assertThat(text).as("description of %s", path).isNotBlank().hasSizeLessThanOrEqualTo(300);
		assertThat(page.selectFirst("head meta[property=og:description]").attr("content")).isEqualTo(text);
	}

	@Test
	void noTwoPageTypesShareADescription() throws Exception {
		Map<String, String> pathsByDescription = new HashMap<>();
		for (String path : PageTypes.documents().map(type -> (String) type.get()[0]).toList()) {
			MockHttpServletResponse response = response(path);
			assertThat(response.getStatus()).as(path).isEqualTo(PageTypes.status(path));
			if (response.getStatus() != 200) {
				continue;
			}
			String text = description(response);
			assertThat(pathsByDescription.put(text, path)).as("%s has the description of another page: %s", path, text)
				.isNull();
		}
	}

	@Test
	void theHomePageSaysWhatTheSiteHas() throws Exception {
		assertThat(description("/")).startsWith("A film reference")
			.contains("cast and crew")
			.contains("Leaving Las Vegas (1995)")
			.hasSizeLessThanOrEqualTo(BUILT_LENGTH);
	}

	@Test
	void aCeremonyGivesItsDateHostAndWinners() throws Exception {
		assertThat(description("/awards/academy-awards/1996")).startsWith("The 68th Academy Awards")
			.contains("25 March 1996")
			.contains("Whoopi Goldberg")
			.contains("Winners: ")
			.contains("Nicolas Cage (Best Actor)")
			.hasSizeLessThanOrEqualTo(BUILT_LENGTH);
	}

	@Test
	void aFilmThatWonBestPictureSaysSoFirst() throws Exception {
		assertThat(description("/films/titanic-1997"))
			.startsWith("Titanic (1997): 11 wins from 14 nominations at the Academy Awards, with nominations at 2 other award "
				+ "bodies, winning Best Picture")
			.endsWith(" more.")
			.hasSizeLessThanOrEqualTo(BUILT_LENGTH);
		assertThat(description("/films/ben-hur-1959"))
			.startsWith("Ben-Hur (1959): 11 wins from 12 nominations at the Academy Awards, with nominations at 2 other "
					+ "award bodies, winning Best Picture, ")
			.hasSizeLessThanOrEqualTo(BUILT_LENGTH);
		// a film that won other awards but not Best Picture, for which it was nominated, does not name it as won
		assertThat(description("/films/avatar-2009")).contains(", winning ")
			.doesNotContain("Best Picture")
			.hasSizeLessThanOrEqualTo(BUILT_LENGTH);
	}

	@Test
	void aPersonWithoutASummaryIsDescribedByTheirWork() throws Exception {
		assertThat(description("/people/albert-henderson"))
			.isEqualTo("Albert Henderson: actor (Man at Strip Bar) in Leaving Las Vegas (1995).");
	}

	@Test
	void indexesSayWhatTheyList() throws Exception {
		assertThat(description("/people")).matches("People: \\d+ people in filmref, .*")
			.hasSizeLessThanOrEqualTo(BUILT_LENGTH);
		assertThat(description("/films?letter=b")).matches("Films under B in filmref, \\d+ in all by title, .*")
			.hasSizeLessThanOrEqualTo(BUILT_LENGTH);
		assertThat(description("/reviews")).matches("\\d+ critics' quotes on Leaving Las Vegas from .*")
			.contains("Der Spiegel")
			.hasSizeLessThanOrEqualTo(BUILT_LENGTH);
		assertThat(description("/publications")).matches("The \\d+ newspapers, magazines and websites .*")
			.hasSizeLessThanOrEqualTo(BUILT_LENGTH);
		assertThat(description("/awards")).contains("Academy Awards").hasSizeLessThanOrEqualTo(BUILT_LENGTH);
		assertThat(description("/publications/der-spiegel"))
			.startsWith("Der Spiegel (Magazine, Germany) on filmref: ")
			.contains("on Leaving Las Vegas")
			.hasSizeLessThanOrEqualTo(BUILT_LENGTH);
	}

	@Test
	void aSearchSaysWhatWasSearched() throws Exception {
		assertThat(description("/search?q=cage")).matches("\\d+ results on filmref for “cage”, among .*")
			.contains("people")
			.hasSizeLessThanOrEqualTo(BUILT_LENGTH);
		assertThat(description("/search?q=xyzzyq")).isEqualTo("No results on filmref for “xyzzyq”.");
		assertThat(description("/search")).startsWith("Search filmref's films, people");
	}

	private String description(String path) throws Exception {
		MockHttpServletResponse response = response(path);
		assertThat(response.getStatus()).as("status of %s", path).isEqualTo(200);
		return description(response);
	}

	private static String description(MockHttpServletResponse response) throws Exception {
		Element description = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8))
			.selectFirst("head meta[name=description]");
		assertThat(description).isNotNull();
		return description.attr("content");
	}

	private MockHttpServletResponse response(String path) throws Exception {
		if (PageTypes.FIRST_QUOTE_PERMALINK.equals(path)) {
			path = HtmlPage.page(this.mvc, PageTypes.FILM).selectFirst(PageTypes.FIRST_QUOTE_PERMALINK_LINK).attr("href");
		}
		return this.mvc.perform(get(path)).andReturn().getResponse();
	}

}
