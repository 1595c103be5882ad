package org.filmref.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.filmref.reference.Citations;
import org.filmref.reference.Publication;
import org.filmref.reference.QuoteView;
import org.filmref.reference.ReferenceView;
import org.filmref.review.ReviewViews.Excerpt;
import org.filmref.review.ReviewViews.FilmReviews;
import org.filmref.review.ReviewViews.PublicationItem;
import org.filmref.review.ReviewViews.PublicationPage;
import org.filmref.review.ReviewViews.PublicationReviews;
import org.filmref.review.ReviewViews.ReviewIndex;
import org.filmref.review.ReviewViews.ReviewPage;
import org.filmref.web.Link;
import org.filmref.web.Site;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the review and publication pages, one or two statements each, and caches them.
 */
@Service
public class ReviewPages {

	/** Excerpts in lists end at a word boundary near this many characters. */
	static final int EXCERPT_LENGTH = 160;

	private final CriticReviewRepository reviews;

	private final PublicationRepository publications;

	private final Site site;

	ReviewPages(CriticReviewRepository reviews, PublicationRepository publications, Site site) {
		this.site = site;
		this.reviews = reviews;
		this.publications = publications;
	}

	@Cacheable("reviewIndex")
	@Transactional(readOnly = true)
	public ReviewIndex index() {
		Map<Long, Link> films = new LinkedHashMap<>();
		Map<Long, Map<Long, PublicationReviews>> byFilm = new LinkedHashMap<>();
		for (CriticReview review : reviews.findAllWithSources()) {
			films.putIfAbsent(review.getFilm().getId(), review.getFilm().link());
			Publication publication = review.getPublication();
			byFilm.computeIfAbsent(review.getFilm().getId(), id -> new LinkedHashMap<>())
				.computeIfAbsent(publication.getId(),
						id -> new PublicationReviews(publication.link(),
								new ArrayList<>()))
				.quotes()
				.add(excerpt(review));
		}
		List<FilmReviews> result = new ArrayList<>();
		byFilm.forEach((filmId, byPublication) -> result
			.add(new FilmReviews(films.get(filmId), List.copyOf(byPublication.values()))));
		return new ReviewIndex(result);
	}

	/** A quote's page; empty for ids that name no quote (including zero and negative ones). */
	@Cacheable(cacheNames = "reviewPages", unless = "#result == null")
	@Transactional(readOnly = true)
	public Optional<ReviewPage> review(long id) {
		if (id <= 0) {
			return Optional.empty();
		}
		return reviews.findWithSourcesById(id).map(review -> {
			Citations citations = new Citations();
			QuoteView quote = ReviewViews.quote(review, citations.citeIfPresent(review.getReference()));
			ReferenceView source = review.getReference() != null ? ReferenceView.of(review.getReference()) : null;
			return new ReviewPage(quote, source, citationLine(quote, source), citations.references(),
					ReviewStructuredData.meta(review, site));
		});
	}

	@Cacheable("publicationIndex")
	@Transactional(readOnly = true)
	public List<PublicationItem> publications() {
		Map<Long, Integer> quoteCounts = new LinkedHashMap<>();
		for (CriticReview review : reviews.findAllWithSources()) {
			quoteCounts.merge(review.getPublication().getId(), 1, Integer::sum);
		}
		return publications.findAllByName()
			.stream()
			.map(p -> new PublicationItem(p.link(), p.getKind(), p.getCountry(),
					quoteCounts.getOrDefault(p.getId(), 0)))
			.toList();
	}

	@Cacheable(cacheNames = "publicationPages", unless = "#result == null")
	@Transactional(readOnly = true)
	public Optional<PublicationPage> publication(String slug) {
		return publications.findBySlug(slug)
			.map(p -> new PublicationPage(p.getSlug(), p.getName(), p.getKind(), p.getCountry(), p.getLanguage(),
					p.getUrl(), p.getDescription(),
					reviews.findByPublication(p).stream().map(ReviewPages::excerpt).toList(),
					publications.findReferencesFrom(p).stream().map(ReferenceView::of).toList()));
	}

	private static Excerpt excerpt(CriticReview review) {
		return new Excerpt(ReviewViews.quote(review, List.of()), shorten(review.getQuote()));
	}

	static String shorten(String text) {
		if (text.length() <= EXCERPT_LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
		return text.substring(0, cut > 0 ? cut : EXCERPT_LENGTH).replaceAll("[\\s,;:.–-]+$", "") + " …";
	}

	/** The source's citation where the quote has one, else the quote's own attribution. */
	private static String citationLine(QuoteView quote, ReferenceView source) {
		return source != null ? source.citationLine() : quote.attribution() + ".";
	}

}
