package org.filmref.review;

import org.filmref.film.Film;
import org.filmref.web.JsonLd;
import org.filmref.web.JsonLd.Node;
import org.filmref.web.PageMeta;
import org.filmref.web.Paths;
import org.filmref.web.Schema;
import org.filmref.web.Site;

/**
 * A critic's quote as a schema.org {@code CriticReview}: on its permalink page (with the film it reviews) and, as a
 * node, inside the film's {@code Movie}.
 */
public final class ReviewStructuredData {

	private ReviewStructuredData() {
	}

	static PageMeta meta(CriticReview review, Site site) {
		Film film = review.getFilm();
		String by = review.getCritic() != null ? review.getCritic().getName() + ", " + review.getPublication().getName()
				: review.getPublication().getName();
		Node document = JsonLd.document("CriticReview");
		document.putAll(node(review, site));
		document.put("@type", "CriticReview")
			.put("itemReviewed", JsonLd.node("Movie")
				.put("name", film.getTitle())
				.put("url", site.url(Paths.film(film)))
				.put("datePublished", film.getReleaseYear() != null ? String.valueOf(film.getReleaseYear()) : null));
		return PageMeta.of("Review of " + film.getTitle() + " by " + by, review.getQuote(), Paths.review(review.getId()))
			.type("article")
			.jsonLd(document);
	}

	/**
	 * The review's own properties. {@code author} only where the critic is known: a critic named with a doubt beside
	 * the name (named by another source, say) and an unsigned quote have the publication as publisher and no author.
	 */
	public static Node node(CriticReview review, Site site) {
		Publication publication = review.getPublication();
		Node publisher = Schema.organization(publication.getName(), site.url(Paths.publication(publication)));
		return JsonLd.node("CriticReview")
			.put("url", site.url(Paths.review(review.getId())))
			.put("author", review.hasKnownCritic() ? Schema.person(review.getCritic().getName()) : null)
			.put("publisher", publisher)
			.put("datePublished", Schema.date(review.getPublishedOn()))
			.put("name", review.getArticleTitle())
			.put("inLanguage", review.getOriginalLanguage())
			.put("reviewBody", review.getQuote());
	}

}
