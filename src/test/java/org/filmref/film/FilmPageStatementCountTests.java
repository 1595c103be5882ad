package org.filmref.film;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cache.CacheManager;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The film page runs a fixed, small number of SQL statements however large its cast and awards are, and none once
 * its view model is cached.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FilmPageStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CacheManager caches;

	Statistics statistics;

	@BeforeEach
	void clear(@Autowired EntityManagerFactory entityManagerFactory) {
		caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
		statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
	}

	@Test
	void coldFilmPageRunsAtMostEightStatements() throws Exception {
		mvc.perform(get("/films/leaving-las-vegas")).andExpect(status().isOk());
		long cold = statistics.getPrepareStatementCount();
		assertThat(cold).isPositive().isLessThanOrEqualTo(8);
		assertThat(statistics.getCollectionFetchCount()).as("no lazy collection loads").isZero();
		assertThat(statistics.getEntityFetchCount()).as("no lazy entity loads").isZero();
	}

	@Test
	void warmFilmPageRunsNoStatement() throws Exception {
		mvc.perform(get("/films/leaving-las-vegas")).andExpect(status().isOk());
		statistics.clear();
		mvc.perform(get("/films/leaving-las-vegas")).andExpect(status().isOk());
		assertThat(statistics.getPrepareStatementCount()).isZero();
	}

}
