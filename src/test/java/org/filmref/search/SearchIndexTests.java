package org.filmref.search;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The index is built in the background: searches wait for it, readiness reports it, and a failed or stuck build
 * becomes a clear "unavailable" rather than results from a partial index.
 */
class SearchIndexTests {

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

	@AfterEach
	void stop() {
		executor.shutdownNow();
	}

	@Test
	void aSearchWaitsForTheBuildToComplete() {
		SearchIndex index = new SearchIndex(null, Duration.ofSeconds(10));
		CompletableFuture<Void> build = new CompletableFuture<>();
		index.track(build);
		assertThat(index.isBuilt()).isFalse();
		assertThat(index.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

		// Timed from before the build is scheduled to complete: on a busy machine this thread may only get to the
		// next line after the 300 ms have passed.
		long start = System.nanoTime();
		executor.schedule(() -> build.complete(null), 300, TimeUnit.MILLISECONDS);
		index.awaitBuilt();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
		assertThat(index.isBuilt()).isTrue();
		assertThat(index.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aFailedBuildMakesSearchUnavailableAndReadinessDown() {
		SearchIndex index = new SearchIndex(null, Duration.ofSeconds(10));
		index.track(CompletableFuture.failedFuture(new IllegalStateException("no database")));
		assertThat(index.isBuilt()).isFalse();
		assertThat(index.health().getStatus()).isEqualTo(Status.DOWN);
		assertThatExceptionOfType(SearchUnavailableException.class).isThrownBy(index::awaitBuilt);
	}

	@Test
	void aBuildThatTakesTooLongMakesSearchUnavailable() {
		SearchIndex index = new SearchIndex(null, Duration.ofMillis(100));
		index.track(new CompletableFuture<Void>());
		assertThatExceptionOfType(SearchUnavailableException.class).isThrownBy(index::awaitBuilt);
		assertThat(index.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
	}

	@Test
	void stoppingTheApplicationCancelsABuildStillRunning() {
		SearchIndex index = new SearchIndex(null, Duration.ofSeconds(10));
		CompletableFuture<Void> build = new CompletableFuture<>();
		index.track(build);
		index.destroy();
		assertThat(build).isCancelled();
		assertThat(index.isBuilt()).isFalse();
		assertThatExceptionOfType(SearchUnavailableException.class).isThrownBy(index::awaitBuilt);
	}

	@Test
	void stoppingTheApplicationLeavesACompleteIndexAlone() {
		SearchIndex index = new SearchIndex(null, Duration.ofSeconds(10));
		CompletableFuture<Void> build = new CompletableFuture<>();
		index.track(build);
		build.complete(null);
		index.destroy();
		assertThat(build).isCompleted().isNotCancelled();
		assertThat(index.isBuilt()).isTrue();
	}

}
