package org.filmref.review;

import java.util.List;

import org.filmref.film.Film;
import org.filmref.film.FilmReception;
import org.filmref.reference.Citations;
import org.filmref.web.JsonLd.Node;
import org.filmref.web.Site;
import org.springframework.stereotype.Component;

/** The review feature's part of the film page: the critics' quotes about the film. One statement. */
@Component
class ReviewsOfFilms implements FilmReception {

	private final CriticReviewRepository reviews;

	private final Site site;

	ReviewsOfFilms(CriticReviewRepository reviews, Site site) {
		this.reviews = reviews;
		this.site = site;
	}

	@Override
	public Quotes of(Film film, Citations citations) {
		List<CriticReview> filmReviews = reviews.findByFilm(film);
		return new Quotes(
				filmReviews.stream()
					.map(review -> ReviewViews.quote(review, citations.citeIfPresent(review.getReference())))
					.toList(),
				filmReviews.stream().map(review -> {
					Node node = ReviewStructuredData.node(review, site);
					node.remove("reviewBody");
					return node;
				}).toList());
	}

}
