package org.filmref.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletContext;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The site's template engine as configured: templates see the request's attributes as Spring documents it (a CSRF
 * token set by a filter, say), what needs the request (links, the error pages) works, and {@code th:utext} takes
 * {@link Html} only.
 */
@PageTest
class TemplateEngineTests {

	@Autowired
	private ThymeleafViewResolver views;

	@Autowired
	private ServletContext servletContext;

	@Autowired
	private MockMvc mvc;

	@Test
	void aRequestAttributeSetBeforeTheViewIsAVariableOfTheTemplate() throws Exception {
		View view = views.resolveViewName("test/request-attributes", Locale.ENGLISH);
		MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/");
		request.setAttribute("csrfLikeToken", "a1b2<c3");
		MockHttpServletResponse response = new MockHttpServletResponse();

		view.render(Map.of("fromModel", "model value"), request, response);

		assertThat(response.getContentAsString()).contains("<p id=\"attribute\">a1b2&lt;c3</p>")
			.contains("<p id=\"model\">model value</p>");
		assertThat(request.getAttribute("csrfLikeToken")).isEqualTo("a1b2<c3");
	}

	@Test
	void utextWritesHtmlAndRefusesAString() throws Exception {
		View view = views.resolveViewName("test/utext", Locale.ENGLISH);
		MockHttpServletResponse response = new MockHttpServletResponse();
		view.render(Map.of("value", Html.builder().start("b").text("Tom & Jerry").end("b").build()),
				new MockHttpServletRequest(servletContext, "GET", "/"), response);
		assertThat(response.getContentAsString()).contains("<p><b>Tom &amp; Jerry</b></p>");

		assertThatThrownBy(() -> view.render(Map.of("value", "<b>built by hand</b>"),
				new MockHttpServletRequest(servletContext, "GET", "/"), new MockHttpServletResponse()))
			.hasStackTraceContaining("th:utext takes org.filmref.web.Html only");
	}

	@Test
	void aPageRendersWithItsLinksWhenTheRequestCarriesAttributes() throws Exception {
		MvcResult result = mvc.perform(get("/films/leaving-las-vegas").requestAttr("csrfLikeToken", "a1b2"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).contains("<h1>Leaving Las Vegas</h1>")
			.contains("href=\"/people/nicolas-cage\"");
	}

	@Test
	void errorPagesRenderWithTheirLinks() throws Exception {
		String html = mvc.perform(get("/films/no-such-film"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Page not found").contains("href=\"/search\"");
	}

}
