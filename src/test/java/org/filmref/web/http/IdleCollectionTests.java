package org.filmref.web.http;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.filmref.web.http.IdleCollection.OldGeneration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heap is collected in a quiet second after a burst of renders, and only then: not while requests come or are in
 * flight, not when the old generation has room, and once per burst ({@link IdleCollection}).
 */
class IdleCollectionTests {

	private static final long MIB = 1 << 20;

	/** After a crawl (longtail.sh's GC logs): 88 MiB live after the last full collection, 117 MiB committed. */
	private final AtomicReference<OldGeneration> old = new AtomicReference<>(
			new OldGeneration(112 * MIB, 117 * MIB, 88 * MIB));

	private final AtomicInteger collections = new AtomicInteger();

	/** A collector that does what a full collection does to the old generation: only the live objects stay. */
	private final IdleCollection idle = new IdleCollection(old::get, () -> {
		collections.incrementAndGet();
		old.set(new OldGeneration(88 * MIB, 117 * MIB, 88 * MIB));
	}, false);

	@Test
	void dueOnceMoreThanHalfTheRoomTheLastCollectionLeftIsUsed() {
		assertThat(IdleCollection.due(new OldGeneration(112 * MIB, 117 * MIB, 88 * MIB))).isTrue();
		assertThat(IdleCollection.due(new OldGeneration(102 * MIB, 117 * MIB, 88 * MIB))).as("14 of 29 MiB").isFalse();
		assertThat(IdleCollection.due(new OldGeneration(88 * MIB, 117 * MIB, 88 * MIB))).as("just collected").isFalse();
		assertThat(IdleCollection.due(new OldGeneration(10 * MIB, 10 * MIB, 10 * MIB))).as("no room at all").isFalse();
		assertThat(IdleCollection.due(new OldGeneration(20 * MIB, 40 * MIB, 0))).as("never collected").isFalse();
		assertThat(IdleCollection.due(new OldGeneration(21 * MIB, 40 * MIB, 0))).isTrue();
	}

	@Test
	void aQuietSecondAfterRendersCollectsOnce() {
		idle.check();
		for (int i = 0; i < 3; i++) {
			idle.requestStarted();
			idle.requestFinished();
		}
		assertThat(idle.check()).as("requests came since the last check").isFalse();
		assertThat(idle.check()).as("none since").isTrue();
		assertThat(collections).hasValue(1);
		assertThat(idle.check()).as("the old generation has its room again").isFalse();
		assertThat(collections).hasValue(1);
	}

	@Test
	void notWhileARequestIsInFlight() {
		idle.check();
		idle.requestStarted();
		assertThat(idle.check()).isFalse();
		assertThat(idle.check()).as("started before the last check, still running").isFalse();
		idle.requestFinished();
		assertThat(idle.check()).as("finished since the last check").isFalse();
		assertThat(idle.check()).isTrue();
	}

	@Test
	void notWhereTheOldGenerationHasRoom() {
		old.set(new OldGeneration(95 * MIB, 117 * MIB, 88 * MIB));
		idle.check();
		assertThat(idle.check()).isFalse();
		assertThat(idle.check()).isFalse();
		assertThat(collections).hasValue(0);
	}

}
