package org.filmref.web;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.cache.CacheManager;

/**
 * Counts the SQL statements a request runs, starting from cold caches, through Hibernate's statistics.
 */
public class SqlStatements {

	private final Statistics statistics;

	private final CacheManager caches;

	public SqlStatements(EntityManagerFactory entityManagerFactory, CacheManager caches) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
		this.caches = caches;
	}

	/** Empties every cache and resets the counter. */
	public void startCold() {
		caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
		statistics.clear();
	}

	/** Resets the counter only, keeping what is cached. */
	public void startWarm() {
		statistics.clear();
	}

	public long count() {
		return statistics.getPrepareStatementCount();
	}

}
