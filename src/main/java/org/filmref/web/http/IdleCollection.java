package org.filmref.web.http;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A full collection of the heap in the first quiet second after a burst of renders, so that the collection the
 * renders made due does not fall on readers' requests.
 *
 * <p>
 * Rendering a page that is not in the cache leaves objects behind that live a few seconds (the database's cached
 * pages, the view models of the page types being rendered) and so reach the old generation before they die. After a
 * crawl of the whole site the old generation is full of them, and the next young collection becomes a full one:
 * with the serial collector and the Academy Awards loaded, 150-270 ms for ~100 MiB of live objects on this machine,
 * which every request in flight waits for (the uniform long-tail run's p99 is 5 ms without one, 93-186 ms in the runs
 * where it comes during the run). Pages served from the cache leave next to nothing in the old generation, so
 * one collection after the burst leaves room for a long time.
 *
 * <p>
 * The JDK's G1 has the same idea built in ({@code G1PeriodicGCInterval}, JEP 346: a collection when the application
 * is idle); the serial collector, which the deployment uses for its footprint, has none. Every second this checks:
 * <ul>
 * <li>no request started or ended since the last check and none is in flight ({@link CachedPageValve} counts
 * them), and
 * <li>the old generation has used more than half the room its last collection left ({@link #due}).
 * </ul>
 * Under steady traffic there is no quiet second and nothing happens; a quiet site whose old generation has room is
 * left alone too. Switched off with {@code filmref.http.idle-collection=false}, and a no-op where the JVM runs with
 * {@code -XX:+DisableExplicitGC}.
 */
final class IdleCollection implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(IdleCollection.class);

	private final LongAdder started = new LongAdder();

	private final LongAdder finished = new LongAdder();

	private final Supplier<OldGeneration> oldGeneration;

	private final Runnable collector;

	private final ScheduledExecutorService scheduler;

	private long startedAtLastCheck = -1;

	private long finishedAtLastCheck = -1;

	/**
	 * @param oldGeneration the old generation's occupancy now, or {@code null} where there is none to read
	 * @param collector what collects the heap ({@code System::gc})
	 * @param scheduled whether to check every second on a thread of its own (tests call {@link #check()})
	 */
	IdleCollection(Supplier<OldGeneration> oldGeneration, Runnable collector, boolean scheduled) {
		this.oldGeneration = oldGeneration;
		this.collector = collector;
		this.scheduler = scheduled ? Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "idle-collection");
			thread.setDaemon(true);
			return thread;
		}) : null;
		if (this.scheduler != null) {
			this.scheduler.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
		}
	}

	/** Checks every second, reading the JVM's old generation (the heap's pool that collections tenure into). */
	static IdleCollection ofThisJvm() {
		MemoryPoolMXBean pool = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((candidate) -> candidate.getType() == MemoryType.HEAP && candidate.isCollectionUsageThresholdSupported()
					&& (candidate.getName().contains("Old") || candidate.getName().contains("Tenured")))
			.findFirst()
			.orElse(null);
		if (pool == null) {
			logger.info("No old generation to watch: no collection when the site is quiet");
			return off();
		}
		return new IdleCollection(() -> OldGeneration.of(pool.getUsage(), pool.getCollectionUsage()), System::gc, true);
	}

	/** Counts requests and never collects. */
	static IdleCollection off() {
		return new IdleCollection(() -> null, () -> {
		}, false);
	}

	void requestStarted() {
		this.started.increment();
	}

	void requestFinished() {
		this.finished.increment();
	}

	/**
	 * One check: collects the heap if the site has been quiet since the last check and the old generation is due.
	 * @return whether it collected
	 */
	boolean check() {
		try {
			long finishedNow = this.finished.sum();
			long startedNow = this.started.sum();
			boolean quiet = startedNow == this.startedAtLastCheck && finishedNow == this.finishedAtLastCheck
					&& finishedNow == startedNow;
			this.startedAtLastCheck = startedNow;
			this.finishedAtLastCheck = finishedNow;
			OldGeneration before = quiet ? this.oldGeneration.get() : null;
			if (before == null || !due(before)) {
				return false;
			}
			long start = System.nanoTime();
			this.collector.run();
			if (logger.isInfoEnabled()) {
				OldGeneration after = this.oldGeneration.get();
				logger.info("Collected the heap while the site is quiet: old generation " + mib(before.used()) + " -> "
						+ (after != null ? mib(after.used()) : "?") + " of " + mib(before.committed()) + " MiB in "
						+ TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
			}
			return true;
		}
		catch (RuntimeException ex) {
			logger.warn("Could not check the old generation", ex);
			return false;
		}
	}

	/**
	 * Due when the old generation has used more than half the room its last collection left: with the serial
	 * collector (the room a collection leaves is a quarter of the generation, {@code -XX:MinHeapFreeRatio=25}), a
	 * crawl of the site ends anywhere between a just-emptied and a full old generation.
	 */
	static boolean due(OldGeneration old) {
		long room = old.committed() - old.usedAfterLastCollection();
		return room > 0 && old.used() - old.usedAfterLastCollection() > room / 2;
	}

	private static long mib(long bytes) {
		return bytes >> 20;
	}

	@Override
	public void close() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
		}
	}

	/**
	 * The old generation's occupancy.
	 * @param used bytes in use now (live or not yet collected)
	 * @param committed bytes the generation has now
	 * @param usedAfterLastCollection bytes in use when its last collection ended
	 */
	record OldGeneration(long used, long committed, long usedAfterLastCollection) {

		static OldGeneration of(MemoryUsage now, MemoryUsage afterLastCollection) {
			return new OldGeneration(now.getUsed(), now.getCommitted(),
					afterLastCollection != null ? afterLastCollection.getUsed() : 0);
		}

	}

}
