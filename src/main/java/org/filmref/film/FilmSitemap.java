package org.filmref.film;

import java.util.ArrayList;
import java.util.List;

import org.filmref.web.SitemapPages;
import org.springframework.stereotype.Component;

/** The film index and every film (each has a page), for the sitemap. */
@Component
class FilmSitemap implements SitemapPages {

	private final FilmRepository films;

	FilmSitemap(FilmRepository films) {
		this.films = films;
	}

	@Override
	public List<String> sitemapPaths() {
		List<String> paths = new ArrayList<>(List.of("/"));
		films.findAllSlugs().forEach(slug -> paths.add(Film.path(slug)));
		return paths;
	}

}
