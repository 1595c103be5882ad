package org.filmref.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The site's own settings ({@code filmref.*}), with their defaults in this one place.
 *
 * @param baseUrl the site's public address, for what must be absolute: canonical links, Open Graph URLs, JSON-LD
 * ids, the sitemap
 * @param pageCache the rendered-page cache
 * @param http HTTP delivery
 */
@ConfigurationProperties("filmref")
public record FilmrefProperties(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue PageCache pageCache, @DefaultValue Http http) {

	/**
	 * @param enabled whether rendered pages are kept (page tests switch it off to count the statements of cold pages)
	 * @param maxBytes the bound of the site's pages (addresses without a query): their gzipped bytes together
	 * @param queryMaxBytes the bound of the separate region for pages with a query they read (searches), so that
	 * random queries cannot evict the site's pages
	 * @param concurrentRenderings how many requests not served from the cache are handled at the same time, the
	 * others waiting their turn: as many as the database pool's connections (Hikari's default, 10)
	 * @param warmUp the paths whose sitemap addresses a starting node renders into the cache before it is ready (the
	 * award pages, the costliest); none where empty
	 */
	public record PageCache(@DefaultValue("true") boolean enabled, @DefaultValue("67108864") long maxBytes,
			@DefaultValue("4194304") long queryMaxBytes, @DefaultValue("10") int concurrentRenderings,
			@DefaultValue("/awards") List<String> warmUp) {
	}

	/**
	 * @param socketWriteBuffer Tomcat's socket write buffer in bytes (its default, 8 KiB, sent the 15 KiB film page
	 * in two writes)
	 * @param cachedPageValve whether cache hits are served inside Tomcat, before its filter chain ({@code CachedPageValve})
	 * @param utf8Writer whether a page is encoded as UTF-8 into its held body as it is written ({@code Utf8Writer}),
	 * rather than through the JDK's {@code OutputStreamWriter}
	 */
	public record Http(@DefaultValue("32768") int socketWriteBuffer, @DefaultValue("true") boolean cachedPageValve,
			@DefaultValue("true") boolean utf8Writer) {
	}

}
