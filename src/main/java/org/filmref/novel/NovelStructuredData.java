package org.filmref.novel;

import java.util.List;

import org.filmref.novel.NovelPage.Adaptation;
import org.filmref.web.JsonLd;
import org.filmref.web.PageMeta;
import org.filmref.web.Schema;
import org.filmref.web.Site;

/** A novel's page as a schema.org {@code Book}, with its author and the films adapted from it. */
final class NovelStructuredData {

	private NovelStructuredData() {
	}

	static PageMeta meta(Novel novel, List<Adaptation> adaptations, Site site) {
		String path = novel.path();
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
						.put("name", film.film().label())
						.put("url", site.url(film.film().href()))
						.put("datePublished", film.year() != null ? String.valueOf(film.year()) : null))
					.toList()));
	}

}
