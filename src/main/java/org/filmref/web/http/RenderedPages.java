package org.filmref.web.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The rendered-page cache: the bytes of every page served with 200, by path and query, so that a page is rendered
 * once per deployment and then served from memory. Keys start with the content version, so a page rendered from
 * other content can never be served for this one, even if the cache outlived a content change. Bounded by bytes.
 */
public class RenderedPages {

	private final ContentVersion version;

	/** The name under which the cache is also registered with Spring's cache manager, so clearing all caches clears it. */
	static final String CACHE_NAME = "renderedPages";

	private final Cache<Object, Object> pages;

	private final boolean enabled;

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
