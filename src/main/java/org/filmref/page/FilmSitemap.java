package org.filmref.page;

import java.util.ArrayList;
import java.util.List;

import org.filmref.film.Film;
import org.filmref.film.FilmIndex;
import org.filmref.film.FilmRepository;
import org.filmref.web.IndexFilter;
import org.filmref.web.SitemapPages;
import org.springframework.stereotype.Component;

/** The home page, every page of the film index and every film (each has a page), for the sitemap. */
@Component
class FilmSitemap implements SitemapPages {

	private final FilmRepository films;

	private final FilmPages pages;

	FilmSitemap(FilmRepository films, FilmPages pages) {
		this.films = films;
		this.pages = pages;
	}

	@Override
	public List<String> sitemapPaths() {
		List<String> paths = new ArrayList<>(List.of("/"));
		paths.addAll(IndexFilter.addresses(FilmIndex.PATH, pages.indexEntries(), FilmIndex.Entry::letter,
				FilmIndex.Entry::decade));
		films.findAllSlugs().forEach(slug -> paths.add(Film.path(slug)));
		return paths;
	}

}
