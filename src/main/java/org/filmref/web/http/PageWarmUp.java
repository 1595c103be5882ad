package org.filmref.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.filmref.web.FilmrefProperties;
import org.filmref.web.SitemapPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renders the site's costliest pages into the rendered-page cache before the node is ready for traffic
 * ({@code filmref.page-cache.warm-up}: the sitemap's addresses under these paths, by default the award pages).
 *
 * <p>
 * After a deployment every node starts with empty caches. The award pages are the site's largest and the first in
 * the sitemap: a ceremony or a category's history costs two to four times a person's page, an award body's page with
 * its records more than ten times, and the first of them run while the JIT is still compiling. A crowd of readers
 * that arrives at a cold node (64 connections over every sitemap address, {@code src/bench/cold-pages.sh}) then
 * waits behind them. So the node asks for them itself, over loopback, two at a time, as a reader would (the same
 * bytes, kept the same way), while the readiness group reports this indicator out of service: a load balancer sends
 * no traffic until they are in the cache. Pages are still served meanwhile (the first HTTP 200 does not wait), and a
 * failed request or a warm-up that takes longer than {@link #MAX_TIME} only ends the warm-up: readiness never waits
 * longer than that. What it buys: {@code src/docs/performance.md} ("Where 64 connections wait").
 */
class PageWarmUp implements ApplicationListener<ApplicationReadyEvent>, HealthIndicator, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PageWarmUp.class);

	/** Requests at the same time: the two cores of the machine the site is measured on. */
	static final int CONCURRENCY = 2;

	/** The longest the warm-up may hold readiness back. */
	static final Duration MAX_TIME = Duration.ofSeconds(60);

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

	private final List<String> prefixes;

	private final List<SitemapPages> features;

	private final TransactionTemplate transactions;

	private final Environment environment;

	private final CompletableFuture<Void> done = new CompletableFuture<>();

	private final ExecutorService workers = Executors.newFixedThreadPool(CONCURRENCY, runnable -> {
		Thread thread = new Thread(runnable, "page-warm-up");
		thread.setDaemon(true);
		return thread;
	});

	PageWarmUp(FilmrefProperties properties, List<SitemapPages> features, PlatformTransactionManager transactions,
			Environment environment) {
		this.prefixes = properties.pageCache().warmUp();
		this.features = features;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setReadOnly(true);
		this.environment = environment;
		if (this.prefixes.isEmpty() || !properties.pageCache().enabled()) {
			this.done.complete(null);
		}
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		Integer port = environment.getProperty("local.server.port", Integer.class);
		if (done.isDone() || port == null) {
			done.complete(null);
			return;
		}
		Thread warmUp = new Thread(() -> {
			try {
				warm(port);
			}
			catch (RuntimeException ex) {
				log.warn("The warm-up of the page cache stopped early", ex);
			}
			finally {
				done.complete(null);
			}
		}, "page-warm-up");
		warmUp.setDaemon(true);
		warmUp.start();
	}

	private void warm(int port) {
		long start = System.nanoTime();
		long deadline = start + MAX_TIME.toNanos();
		List<String> paths = paths();
		String bound = environment.getProperty("server.address", "127.0.0.1");
		// An IPv6 address is bracketed in a URI.
		String address = bound.contains(":") && !bound.startsWith("[") ? "[" + bound + "]" : bound;
		// The home page first, alone: a starting node's first page (its start is timed to the first HTTP 200 of /),
		// which then waits for this one rendering of it rather than sharing the cores with the warm-up's others.
		get(URI.create("http://" + address + ":" + port + "/"));
		AtomicInteger next = new AtomicInteger();
		AtomicInteger warmed = new AtomicInteger();
		List<CompletableFuture<Void>> each = new ArrayList<>();
		for (int i = 0; i < CONCURRENCY; i++) {
			each.add(CompletableFuture.runAsync(() -> {
				for (int k = next.getAndIncrement(); k < paths.size() && System.nanoTime() < deadline
						&& !Thread.currentThread().isInterrupted(); k = next.getAndIncrement()) {
					if (get(URI.create("http://" + address + ":" + port + paths.get(k)))) {
						warmed.incrementAndGet();
					}
				}
			}, workers));
		}
		CompletableFuture.allOf(each.toArray(CompletableFuture[]::new)).join();
		log.info("Warmed {} of {} pages under {} in {} ms", warmed.get(), paths.size(), prefixes,
				(System.nanoTime() - start) / 1_000_000);
	}

	/** The sitemap's addresses under the warm-up's paths, in the sitemap's order. */
	private List<String> paths() {
		Set<String> paths = new LinkedHashSet<>();
		transactions.executeWithoutResult(status -> {
			for (SitemapPages feature : features) {
				feature.sitemapPaths()
					.stream()
					.filter(path -> path != null && prefixes.stream().anyMatch(path::startsWith))
					.forEach(paths::add);
			}
		});
		return List.copyOf(paths);
	}

	/**
	 * Asks for one page over plain HTTP and reads its body to the end (so the connection is kept for the next). The
	 * JDK's {@code HttpURLConnection}, not its {@code HttpClient}: the client sets up the JDK's TLS stack even for
	 * {@code http:} addresses (some 700 classes and the trusted certificates), which then stays for the life of the
	 * process: 7.6 MB more of metaspace, symbols and compiled code at readiness, by native memory tracking
	 * ({@code src/docs/performance.md}, "The design and what it buys").
	 */
	private static boolean get(URI uri) {
		try {
			HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
			connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
			connection.setReadTimeout((int) READ_TIMEOUT.toMillis());
			connection.setRequestProperty("Accept-Encoding", "gzip");
			int status = connection.getResponseCode();
			InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
			if (body != null) {
				try (body) {
					body.transferTo(OutputStream.nullOutputStream());
				}
			}
			return status == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	@Override
	public Health health() {
		return done.isDone() ? Health.up().build() : Health.outOfService().withDetail("pages", "warming up").build();
	}

	@Override
	public void destroy() {
		workers.shutdownNow();
	}

}
