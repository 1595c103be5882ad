package org.filmref.novel;

import java.util.List;

import org.filmref.web.SitemapPages;
import org.springframework.stereotype.Component;

/** Every novel, for the sitemap (novels have no index of their own). */
@Component
class NovelSitemap implements SitemapPages {

	private final NovelRepository novels;

	NovelSitemap(NovelRepository novels) {
		this.novels = novels;
	}

	@Override
	public List<String> sitemapPaths() {
		return novels.findAllByTitle().stream().map(Novel::path).toList();
	}

}
