package org.filmref.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page type is valid HTML by the Nu Html Checker, the W3C's checker, run offline from its jar.
 */
@PageTest
class HtmlValidityIT {

	private static HtmlChecker checker;

	@Autowired
	private MockMvc mvc;

	@BeforeAll
	static void setUpChecker() {
		checker = new HtmlChecker();
	}

	@ParameterizedTest
	@MethodSource("org.filmref.web.PageTypes#documents")
	void everyPageTypeIsValidHtml(String path) throws Exception {
		if (PageTypes.FIRST_QUOTE_PERMALINK.equals(path)) {
			path = HtmlPage.page(this.mvc, PageTypes.FILM).selectFirst(PageTypes.FIRST_QUOTE_PERMALINK_LINK).attr("href");
		}
		List<String> errors = checker.errors(body(path));

		assertThat(errors).as("Nu Html Checker errors on %s", path).isEmpty();
	}

	@Test
	void theCheckerFindsErrors() {
		assertThat(checker.errors("""
				<!DOCTYPE html><html lang="en"><title>t</title>
				<figure><p>before the caption</p><figcaption>c</figcaption><p>after it</p></figure>
				"""))
			.singleElement()
			.asString()
			.startsWith("2:")
			.contains("figcaption")
			.contains("<figcaption>c</figcaption><p>after it</p>");
		assertThat(checker.errors("<!DOCTYPE html><html lang=\"en\"><title>t</title><p>fine</p>")).isEmpty();
	}

	private String body(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(PageTypes.status(path));
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
