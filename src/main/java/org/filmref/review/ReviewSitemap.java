package org.filmref.review;

import java.util.ArrayList;
import java.util.List;

import org.filmref.web.SitemapPages;
import org.springframework.stereotype.Component;

/** The review, critic and publication indexes, every quote, critic and publication, for the sitemap. */
@Component
class ReviewSitemap implements SitemapPages {

	private final CriticReviewRepository reviews;

	private final CriticRepository critics;

	private final PublicationRepository publications;

	ReviewSitemap(CriticReviewRepository reviews, CriticRepository critics, PublicationRepository publications) {
		this.reviews = reviews;
		this.critics = critics;
		this.publications = publications;
	}

	@Override
	public List<String> sitemapPaths() {
		List<String> paths = new ArrayList<>(List.of("/reviews", "/critics", "/publications"));
		reviews.findAllIds().forEach(id -> paths.add(CriticReview.path(id)));
		critics.findAllBySortName().forEach(critic -> paths.add(critic.path()));
		publications.findAllByName().forEach(publication -> paths.add(publication.path()));
		return paths;
	}

}
