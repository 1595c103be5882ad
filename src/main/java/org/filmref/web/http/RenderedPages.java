package org.filmref.web.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The rendered-page cache: the bytes of every page served with 200, by path and the query parameters the page
 * reads ({@link PageParameters}), so that a page is rendered once per deployment and then served from memory. Keys
 * start with the content version, so a page rendered from other content can never be served for this one, even if
 * the cache outlived a content change.
 *
 * <p>
 * Two regions, each bounded by bytes: the site's pages (addresses without a query), and pages with a query the page
 * reads (a search, a page of an index). The second is small, so that a loop over random searches evicts earlier
 * searches only, never the site's pages. Both record their hits and misses, published as the caches
 * {@value #CACHE_NAME} and {@value #QUERY_CACHE_NAME} ({@code cache_gets_total} on the Prometheus endpoint).
 *
 * <p>
 * A page missing from the cache is rendered once, however many requests ask for it at the same moment (after a
 * deployment, every reader of a popular page arrives at a cold cache): the first request claims the rendering
 * ({@link #claim}), the others wait for its result ({@link #await}) instead of each rendering the page again.
 */
public class RenderedPages {

	/** The names under which the regions are also registered with Spring's cache manager, so clearing all caches clears them. */
	static final String CACHE_NAME = "renderedPages";

	static final String QUERY_CACHE_NAME = "renderedQueryPages";

	/** How long a request waits for another request's rendering of the same page before rendering it itself. */
	static final Duration MAX_WAIT = Duration.ofSeconds(10);

	private final ContentVersion version;

	private final Cache<Object, Object> pages;

	private final Cache<Object, Object> queried;

	private final boolean enabled;

	private final ConcurrentMap<String, CompletableFuture<RenderedPage>> rendering = new ConcurrentHashMap<>();

	RenderedPages(ContentVersion version, long maxBytes) {
		this(version, maxBytes, maxBytes / 16, true);
	}

	RenderedPages(ContentVersion version, long maxBytes, long queryMaxBytes, boolean enabled) {
		this(version, region(maxBytes), region(queryMaxBytes), enabled);
	}

	RenderedPages(ContentVersion version, Cache<Object, Object> pages, Cache<Object, Object> queried,
			boolean enabled) {
		this.version = version;
		this.pages = pages;
		this.queried = queried;
		this.enabled = enabled;
	}

	private static Cache<Object, Object> region(long maxBytes) {
		return Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((key, page) -> ((RenderedPage) page).weight() + ((String) key).length())
			.recordStats()
			.build();
	}

	/** False where {@code filmref.page-cache.enabled=false}: every page is then rendered for every request. */
	boolean enabled() {
		return enabled;
	}

	/** The region of the site's pages. */
	Cache<Object, Object> cache() {
		return pages;
	}

	/** The region of pages with a query. */
	Cache<Object, Object> queryCache() {
		return queried;
	}

	ContentVersion version() {
		return version;
	}

	/** A page's key: its path and its canonical query ({@link PageParameters#canonical}), if it has one. */
	String key(String requestUri, String query) {
		return query == null ? version.value() + ' ' + requestUri : version.value() + ' ' + requestUri + '?' + query;
	}

	private Cache<Object, Object> region(String key) {
		return key.indexOf('?') < 0 ? pages : queried;
	}

	RenderedPage get(String key) {
		return (RenderedPage) region(key).getIfPresent(key);
	}

	/** As {@link #get}, but neither a hit nor a miss in the cache's statistics. */
	RenderedPage getQuietly(String key) {
		return (RenderedPage) region(key).policy().getIfPresentQuietly(key);
	}

	void put(String key, RenderedPage page) {
		region(key).put(key, page);
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

	/** How many pages are held in both regions; for tests and diagnostics. */
	public long size() {
		return pages().size() + queriedPages().size();
	}

	/** The keys of the site's pages held (addresses without a query); for tests and diagnostics. */
	Set<Object> pages() {
		pages.cleanUp();
		return Set.copyOf(pages.asMap().keySet());
	}

	/** The keys of the pages with a query held; for tests and diagnostics. */
	Set<Object> queriedPages() {
		queried.cleanUp();
		return Set.copyOf(queried.asMap().keySet());
	}

	/** Forgets every page; for tests that count the statements of a cold page. */
	public void clear() {
		pages.invalidateAll();
		queried.invalidateAll();
	}

}
