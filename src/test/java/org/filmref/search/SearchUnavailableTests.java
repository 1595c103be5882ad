package org.filmref.search;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A search while the index is unavailable is answered 503 with Retry-After, never with a partial result or a 500.
 */
class SearchUnavailableTests {

	@Test
	void anUnavailableIndexIsA503WithRetryAfter() throws Exception {
		SiteSearch search = mock(SiteSearch.class);
		given(search.search(anyString()))
			.willThrow(new SearchUnavailableException("building", new IllegalStateException()));
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new SearchController(search)).build();

		mvc.perform(get("/search").param("q", "cage"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", SearchController.RETRY_AFTER_SECONDS))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(view().name("error/503"))
			.andExpect(model().attribute("reason", "Search is not available right now. Please try again in a few seconds."));
	}

}
