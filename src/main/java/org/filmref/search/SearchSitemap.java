package org.filmref.search;

import java.util.List;

import org.filmref.web.SitemapPages;
import org.springframework.stereotype.Component;

/** The search page, for the sitemap. */
@Component
class SearchSitemap implements SitemapPages {

	@Override
	public List<String> sitemapPaths() {
		return List.of("/search");
	}

}
