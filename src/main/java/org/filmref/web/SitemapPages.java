package org.filmref.web;

import java.util.List;

/**
 * A feature's part of {@code /sitemap.xml}: each feature lists its own pages, so that the sitemap knows none of them.
 */
public interface SitemapPages {

	/** The site-relative paths of the feature's pages, its index pages first. Called in a read-only transaction. */
	List<String> sitemapPaths();

}
