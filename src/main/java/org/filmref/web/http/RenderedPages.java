package org.filmref.web.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The rendered-page cache: the bytes of every page served with 200, by path and query, so that a page is rendered
 * once per deployment and then served from memory. Keys start with the content version, so a page rendered from
 * other content can never be served for this one, even if the cache outlived a content change. Bounded by bytes.
 *
 * <p>
 * A page missing from the cache is rendered once, however many requests ask for it at the same moment (after a
 * deployment, every reader of a popular page arrives at a cold cache): the first request claims the rendering
 * ({@link #claim}), the others wait for its result ({@link #await}) instead of each rendering the page again.
 */
public class RenderedPages {

	private final ContentVersion version;

	/** The name under which the cache is also registered with Spring's cache manager, so clearing all caches clears it. */
	static final String CACHE_NAME = "renderedPages";

	private final Cache<Object, Object> pages;

	private final boolean enabled;

	/** How long a request waits for another request's rendering of the same page before rendering it itself. */
	static final Duration MAX_WAIT = Duration.ofSeconds(10);

	private final ConcurrentMap<String, CompletableFuture<RenderedPage>> rendering = new ConcurrentHashMap<>();

	RenderedPages(ContentVersion version, long maxBytes) {
		this(version, maxBytes, true);
	}

	RenderedPages(ContentVersion version, long maxBytes, boolean enabled) {
		this(version, Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((key, page) -> ((RenderedPage) page).weight())
			.build(), enabled);
	}

	RenderedPages(ContentVersion version, Cache<Object, Object> pages) {
		this(version, pages, true);
	}

	RenderedPages(ContentVersion version, Cache<Object, Object> pages, boolean enabled) {
		this.version = version;
		this.pages = pages;
		this.enabled = enabled;
	}

	/** False where {@code filmref.page-cache.enabled=false}: every page is then rendered for every request. */
	boolean enabled() {
		return enabled;
	}

	Cache<Object, Object> cache() {
		return pages;
	}

	ContentVersion version() {
		return version;
	}

	String key(String requestUri, String query) {
		return query == null ? version.value() + ' ' + requestUri : version.value() + ' ' + requestUri + '?' + query;
	}

	RenderedPage get(String key) {
		return (RenderedPage) pages.getIfPresent(key);
	}

	void put(String key, RenderedPage page) {
		pages.put(key, page);
	}

	/**
	 * Claims the rendering of a page missing from the cache.
	 * @return {@code null} if the caller now renders the page and must call {@link #rendered} when done, or the
	 * rendering already in progress in another request
	 */
	CompletableFuture<RenderedPage> claim(String key, CompletableFuture<RenderedPage> rendering) {
		return this.rendering.putIfAbsent(key, rendering);
	}

	/** Ends a claimed rendering: keeps the page (if there is one to keep) and hands it to the waiting requests. */
	void rendered(String key, CompletableFuture<RenderedPage> rendering, RenderedPage page) {
		if (page != null) {
			put(key, page);
		}
		this.rendering.remove(key, rendering);
		rendering.complete(page);
	}

	/**
	 * The page another request is rendering, or {@code null} if it kept none (an error, a redirect, a page not to
	 * be cached), failed, or took longer than {@link #MAX_WAIT}: the caller then renders for itself.
	 */
	static RenderedPage await(CompletableFuture<RenderedPage> rendering) {
		try {
			return rendering.get(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	/** How many pages are held; for tests and diagnostics. */
	public long size() {
		pages.cleanUp();
		return pages.estimatedSize();
	}

	/** Forgets every page; for tests that count the statements of a cold page. */
	public void clear() {
		pages.invalidateAll();
	}

}
