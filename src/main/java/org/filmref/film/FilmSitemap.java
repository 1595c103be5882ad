package org.filmref.film;

import java.util.ArrayList;
import java.util.List;

import org.filmref.web.SitemapPages;
import org.springframework.stereotype.Component;

/** The film index and every film with a page, for the sitemap. */
@Component
class FilmSitemap implements SitemapPages {

	private final FilmRepository films;

	FilmSitemap(FilmRepository films) {
		this.films = films;
	}

	@Override
	public List<String> sitemapPaths() {
		List<String> paths = new ArrayList<>(List.of("/"));
		films.findAllWithPage().forEach(film -> paths.add(film.path()));
		return paths;
	}

}
