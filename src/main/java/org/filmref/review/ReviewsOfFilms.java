package org.filmref.review;

import java.util.List;

import org.filmref.film.Film;
import org.filmref.reference.Citations;
import org.filmref.reference.QuoteView;
import org.filmref.web.JsonLd.Node;
import org.filmref.web.Site;
import org.springframework.stereotype.Component;

/** The review feature's part of the film page: its selection of the critics' quotes. One statement. */
@Component
public class ReviewsOfFilms {

	private final CriticReviewRepository reviews;

	private final Site site;

	ReviewsOfFilms(CriticReviewRepository reviews, Site site) {
		this.reviews = reviews;
		this.site = site;
	}

	/** The film page's selection of quotes in order (one statement), citing their sources in {@code citations}. */
	public Quotes of(Film film, Citations citations) {
		List<CriticReview> filmReviews = reviews.findOnFilmPage(film);
		return new Quotes(
				filmReviews.stream()
					.map(review -> ReviewViews.quote(review, citations.citeIfPresent(review.getReference())))
					.toList(),
				filmReviews.stream().map(review -> {
					// The text and the publisher's page are on the quote's own page; the Movie names the publisher.
					Node node = ReviewStructuredData.node(review, site);
					node.remove("reviewBody");
					if (node.get("publisher") instanceof Node publisher) {
						publisher.remove("url");
					}
					return node;
				}).toList(), ReviewViews.quotesOnFilm(film.getSlug()));
	}

	/**
	 * @param quotes the quotes as the page shows them
	 * @param structuredData each quote as a schema.org {@code CriticReview} for the film's {@code Movie}, without its
	 * text (which is on the quote's own page)
	 * @param allQuotesPath where every critic quote on the film is
	 */
	public record Quotes(List<QuoteView> quotes, List<Node> structuredData, String allQuotesPath) {
	}

}
