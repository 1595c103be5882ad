package org.filmref.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Fills the in-memory search index from the database once all beans exist, before the web server starts taking
 * requests, so that the first search already sees every document. The site never writes content at run time
 * (Flyway does, at deployment), so the index is never updated afterwards.
 */
@Component
class SearchIndexBuilder implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexBuilder.class);

	private final EntityManagerFactory entityManagerFactory;

	SearchIndexBuilder(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long start = System.nanoTime();
		try {
			Search.mapping(entityManagerFactory)
				.scope(Object.class)
				.massIndexer()
				.threadsToLoadObjects(1)
				.batchSizeToLoadObjects(100)
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while building the search index", ex);
		}
		log.info("Search index built in {} ms", (System.nanoTime() - start) / 1_000_000);
	}

}
