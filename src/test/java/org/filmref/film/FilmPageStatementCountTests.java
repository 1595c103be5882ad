package org.filmref.film;

import org.filmref.web.SqlStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.filmref.web.PageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The film page runs a fixed, small number of SQL statements however large its cast and awards are, and none once
 * its view model is cached.
 */
@PageTest
class FilmPageStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SqlStatements sql;

	@BeforeEach
	void cold() {
		sql.startCold();
	}

	@Test
	void coldFilmPageRunsExactlyEightStatements() throws Exception {
		// Any lazy load of an association would be one statement more.
		mvc.perform(get("/films/leaving-las-vegas")).andExpect(status().isOk());
		assertThat(sql.count()).isEqualTo(8);
	}

	@Test
	void warmFilmPageRunsNoStatement() throws Exception {
		mvc.perform(get("/films/leaving-las-vegas")).andExpect(status().isOk());
		sql.startWarm();
		mvc.perform(get("/films/leaving-las-vegas")).andExpect(status().isOk());
		assertThat(sql.count()).isZero();
	}

}
