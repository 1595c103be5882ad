package org.filmref.review;

import java.util.ArrayList;
import java.util.List;

import org.filmref.web.SitemapPages;
import org.springframework.stereotype.Component;

/** The review and publication indexes, every quote and every publication, for the sitemap. */
@Component
class ReviewSitemap implements SitemapPages {

	private final CriticReviewRepository reviews;

	private final PublicationRepository publications;

	ReviewSitemap(CriticReviewRepository reviews, PublicationRepository publications) {
		this.reviews = reviews;
		this.publications = publications;
	}

	@Override
	public List<String> sitemapPaths() {
		List<String> paths = new ArrayList<>(List.of("/reviews", "/publications"));
		reviews.findAllIds().forEach(id -> paths.add(CriticReview.path(id)));
		publications.findAllByName().forEach(publication -> paths.add(publication.path()));
		return paths;
	}

}
