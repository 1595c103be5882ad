package org.filmref.novel;

import java.util.List;

import org.filmref.film.Film;
import org.filmref.web.JsonLd;
import org.filmref.web.PageMeta;
import org.filmref.web.Paths;
import org.filmref.web.Schema;
import org.filmref.web.Site;

/** A novel's page as a schema.org {@code Book}, with its author and the films adapted from it. */
final class NovelStructuredData {

	private NovelStructuredData() {
	}

	static PageMeta meta(Novel novel, List<Film> adaptations, Site site) {
		String path = Paths.novel(novel);
		String title = novel.getTitle() + " (novel" + (novel.getPublishedYear() != null ? ", " + novel.getPublishedYear() : "")
				+ ")";
		return PageMeta.of(title, novel.getSummary(), path)
			.type("book")
			.jsonLd(JsonLd.document("Book")
				.put("@id", site.url(path) + "#book")
				.put("name", novel.getTitle())
				.put("url", site.url(path))
				.put("author", Schema.person(novel.getAuthor(), site))
				.put("datePublished", novel.getPublishedYear() != null ? String.valueOf(novel.getPublishedYear()) : null)
				.put("publisher", novel.getPublisher() != null ? Schema.organization(novel.getPublisher(), null) : null)
				.put("description", novel.getSummary())
				.put("subjectOf", adaptations.stream()
					.map(film -> JsonLd.node("Movie")
						.put("name", film.getTitle())
						.put("url", site.url(Paths.film(film)))
						.put("datePublished", film.getReleaseYear() != null ? String.valueOf(film.getReleaseYear()) : null))
					.toList()));
	}

}
