package org.filmref.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fetches a page through MockMvc, asserts 200 and parses it with jsoup.
 */
public final class HtmlPage {

	private HtmlPage() {
	}

	public static Document page(MockMvc mvc, String path) throws Exception {
		String body = mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return Jsoup.parse(body, "http://localhost" + path);
	}

}
