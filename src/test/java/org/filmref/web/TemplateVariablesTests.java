package org.filmref.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Templates keep their variables in memory ({@link TemplateVariables}): a rendered page leaves neither its model nor
 * its loop variables behind as request attributes, and what needs the request (links, the error pages) still works.
 */
@PageTest
class TemplateVariablesTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void aRenderedPageLeavesNoTemplateVariableInTheRequest() throws Exception {
		MvcResult result = mvc.perform(get("/films/leaving-las-vegas")).andExpect(status().isOk()).andReturn();

		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("<h1>Leaving Las Vegas</h1>").contains("href=\"/people/nicolas-cage\"");
		// The model's page, the layout's "meta" and the cast table's loop variable.
		assertThat(result.getRequest().getAttribute("page")).isNull();
		assertThat(result.getRequest().getAttribute("meta")).isNull();
		assertThat(result.getRequest().getAttribute("member")).isNull();
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
