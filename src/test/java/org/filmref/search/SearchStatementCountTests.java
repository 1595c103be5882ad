package org.filmref.search;

import org.filmref.web.PageTest;
import org.filmref.web.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A search loads what its hits need in batches ({@code hibernate.default_batch_fetch_size}), not hit by hit.
 */
@PageTest
class SearchStatementCountTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Test
	void aSearchWithManyHitsRunsAFewStatements() throws Exception {
		sql.startCold();
		mvc.perform(get("/search?q=best")).andExpect(status().isOk());
		// Some thirty award categories and their ceremonies, award bodies and categories, and critics' quotes with
		// their critics and publications, batched (36 statements one by one).
		assertThat(sql.count()).isEqualTo(11);
	}

}
