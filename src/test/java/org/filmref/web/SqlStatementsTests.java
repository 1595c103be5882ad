package org.filmref.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link SqlStatements} counts a request's own statements, whatever runs beside it: here a full re-index of the
 * search index (the mass indexer, on its own threads, reading every indexed entity) runs while cold film pages are
 * requested, and each still counts exactly the film page's 8 statements.
 */
@PageTest
class SqlStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SqlStatements sql;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aBackgroundReindexDoesNotReachARequestsCount() throws Exception {
		Statistics global = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		global.setStatisticsEnabled(true);
		long globalBefore = global.getPrepareStatementCount();
		long counted = 0;
		int pages = 0;

		CompletableFuture<?> reindex = Search.mapping(entityManagerFactory)
			.scope(Object.class)
			.massIndexer()
			.threadsToLoadObjects(2)
			.start()
			.toCompletableFuture();
		do {
			sql.startCold();
			mvc.perform(get("/films/leaving-las-vegas")).andExpect(status().isOk());
			assertThat(sql.count()).as("statements of cold film page %d", pages + 1).isEqualTo(8);
			counted += sql.count();
			pages++;
		}
		while (!reindex.isDone() || pages < 3);
		reindex.get(60, TimeUnit.SECONDS);

		// The re-index did run statements meanwhile: Hibernate's global count saw them, the request count did not.
		assertThat(global.getPrepareStatementCount() - globalBefore).isGreaterThan(counted);
	}

	@Test
	void statementsOutsideARequestAreNotCounted() throws Exception {
		sql.startCold();
		try (var session = entityManagerFactory.unwrap(SessionFactory.class).openSession()) {
			session.createNativeQuery("SELECT 1", Integer.class).getSingleResult();
		}
		assertThat(sql.count()).isZero();
		// The film page's view model is not cached yet: its statements run on this same thread, inside the request.
		mvc.perform(get("/films/leaving-las-vegas")).andExpect(status().isOk());
		assertThat(sql.count()).as("a request on this same thread is counted").isPositive();
	}

}
