package org.filmref.search;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The in-memory search index, filled from the database once all beans exist. The site never writes content at run
 * time (Flyway does, at deployment), so the index is built once and never updated afterwards.
 *
 * <p>
 * The build runs on Hibernate Search's own threads while the web server starts: every other page is served at
 * once, and a search that arrives before the index is complete waits for it ({@link #awaitBuilt()}) rather than
 * answering from a partial index. The index is part of the readiness group ({@code searchIndex}), so a load balancer
 * sends no traffic before it is complete. An app stopped before the build is complete cancels it first, so the build
 * does not go on writing into an index that is being closed.
 */
@Component("searchIndex")
class SearchIndex implements SmartInitializingSingleton, DisposableBean, HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	/** How long a search waits for an index still being built before it is answered with 503. */
	static final Duration MAX_WAIT = Duration.ofSeconds(30);

	private final EntityManagerFactory entityManagerFactory;

	private final Duration maxWait;

	private final CompletableFuture<Void> built = new CompletableFuture<>();

	private volatile CompletableFuture<?> build;

	@Autowired
	SearchIndex(EntityManagerFactory entityManagerFactory) {
		this(entityManagerFactory, MAX_WAIT);
	}

	SearchIndex(EntityManagerFactory entityManagerFactory, Duration maxWait) {
		this.entityManagerFactory = entityManagerFactory;
		this.maxWait = maxWait;
	}

	@Override
	public void afterSingletonsInstantiated() {
		track(Search.mapping(entityManagerFactory)
			.scope(Object.class)
			.massIndexer()
			.threadsToLoadObjects(1)
			.batchSizeToLoadObjects(100)
			.start());
	}

	/** Follows a build of the index: the index is built when {@code build} completes normally. */
	void track(CompletionStage<?> build) {
		long start = System.nanoTime();
		this.build = build.toCompletableFuture();
		build.whenComplete((done, failure) -> {
			if (isCancellation(failure)) {
				log.info("The search index build was cancelled after {} ms: the application is stopping",
						(System.nanoTime() - start) / 1_000_000);
				built.completeExceptionally(new IllegalStateException("The search index build was cancelled", failure));
			}
			else if (failure != null) {
				log.error("The search index could not be built; search answers 503", failure);
				built.completeExceptionally(failure);
			}
			else {
				log.info("Search index built in {} ms", (System.nanoTime() - start) / 1_000_000);
				built.complete(null);
			}
		});
	}

	private static boolean isCancellation(Throwable failure) {
		return failure instanceof CancellationException
				|| failure instanceof CompletionException && failure.getCause() instanceof CancellationException;
	}

	/** Cancels a build still running when the application stops (before the search mapping is closed). */
	@Override
	public void destroy() {
		CompletableFuture<?> running = build;
		if (running != null && !running.isDone()) {
			running.cancel(true);
		}
	}

	/** True once every document is indexed. */
	boolean isBuilt() {
		return built.isDone() && !built.isCompletedExceptionally();
	}

	/**
	 * Returns once the index is complete; waits at most {@link #MAX_WAIT}.
	 * @throws SearchUnavailableException if the index failed, or is still being built after that long
	 */
	void awaitBuilt() {
		if (isBuilt()) {
			return;
		}
		try {
			built.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SearchUnavailableException("Interrupted while waiting for the search index", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new SearchUnavailableException("The search index is not available", ex);
		}
	}

	@Override
	public Health health() {
		if (isBuilt()) {
			return Health.up().build();
		}
		return built.isCompletedExceptionally() ? Health.down().withDetail("index", "failed").build()
				: Health.outOfService().withDetail("index", "building").build();
	}

}
