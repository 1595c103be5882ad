package org.filmref.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.filmref.reference.Citations;
import org.filmref.reference.ReferenceView;
import org.filmref.review.ReviewViews.AggregateView;
import org.filmref.review.ReviewViews.CriticItem;
import org.filmref.review.ReviewViews.CriticPage;
import org.filmref.review.ReviewViews.FilmReviews;
import org.filmref.review.ReviewViews.LanguageReviews;
import org.filmref.review.ReviewViews.PublicationItem;
import org.filmref.review.ReviewViews.PublicationPage;
import org.filmref.review.ReviewViews.PublicationReviews;
import org.filmref.review.ReviewViews.ReviewIndex;
import org.filmref.review.ReviewViews.ReviewPage;
import org.filmref.web.Link;
import org.filmref.web.Paths;
import org.filmref.web.Site;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the review, publication and critic pages, one to three statements each, and caches them. Lists show
 * each quote whole, as its source note gives it: the site makes no cuts of its own.
 */
@Service
public class ReviewPages {

	private final CriticReviewRepository reviews;

	private final PublicationRepository publications;

	private final CriticRepository critics;

	private final ReviewAggregateRepository aggregates;

	private final Site site;

	ReviewPages(CriticReviewRepository reviews, PublicationRepository publications, CriticRepository critics,
			ReviewAggregateRepository aggregates, Site site) {
		this.site = site;
		this.reviews = reviews;
		this.publications = publications;
		this.critics = critics;
		this.aggregates = aggregates;
	}

	@Cacheable("reviewIndex")
	@Transactional(readOnly = true)
	public ReviewIndex index() {
		Map<Long, CriticReview> firstOfFilm = new LinkedHashMap<>();
		Map<Long, Map<String, Map<Long, PublicationReviews>>> byFilm = new LinkedHashMap<>();
		for (CriticReview review : reviews.findAllWithSources()) {
			firstOfFilm.putIfAbsent(review.getFilm().getId(), review);
			Publication publication = review.getPublication();
			byFilm.computeIfAbsent(review.getFilm().getId(), id -> new LinkedHashMap<>())
				.computeIfAbsent(review.getOriginalLanguage(), language -> new LinkedHashMap<>())
				.computeIfAbsent(publication.getId(),
						id -> new PublicationReviews(new Link(publication.getName(), Paths.publication(publication)),
								new ArrayList<>()))
				.quotes()
				.add(QuoteView.of(review, List.of()));
		}
		Map<Long, List<AggregateView>> aggregatesByFilm = new LinkedHashMap<>();
		for (ReviewAggregate aggregate : aggregates.findAllWithSources()) {
			Publication publication = aggregate.getPublication();
			aggregatesByFilm.computeIfAbsent(aggregate.getFilm().getId(), id -> new ArrayList<>())
				.add(new AggregateView(new Link(publication.getName(), Paths.publication(publication)),
						aggregate.getSummary(), aggregate.getAsOf(),
						aggregate.getReference() != null ? ReferenceView.of(aggregate.getReference()) : null));
		}
		List<FilmReviews> result = new ArrayList<>();
		byFilm.forEach((filmId, byLanguage) -> {
			String slug = firstOfFilm.get(filmId).getFilm().getSlug();
			List<LanguageReviews> languages = new ArrayList<>();
			int count = 0;
			for (var language : byLanguage.entrySet()) {
				languages.add(new LanguageReviews(slug + "-" + language.getKey(), language.getKey(),
						List.copyOf(language.getValue().values())));
				count += language.getValue().values().stream().mapToInt(p -> p.quotes().size()).sum();
			}
			result.add(new FilmReviews(Paths.filmLink(firstOfFilm.get(filmId).getFilm()), slug, count,
					aggregatesByFilm.getOrDefault(filmId, List.of()), languages));
		});
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
			QuoteView quote = QuoteView.of(review, citations.citeIfPresent(review.getReference()));
			ReferenceView source = review.getReference() != null ? ReferenceView.of(review.getReference()) : null;
			return new ReviewPage(quote, source, citationLine(quote, source), citations.references(),
					Paths.reviewsOf(review.getFilm().getSlug()), ReviewStructuredData.meta(review, site));
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
			.map(p -> new PublicationItem(new Link(p.getName(), Paths.publication(p)), p.getKind(), p.getCountry(),
					quoteCounts.getOrDefault(p.getId(), 0)))
			.toList();
	}

	@Cacheable(cacheNames = "publicationPages", unless = "#result == null")
	@Transactional(readOnly = true)
	public Optional<PublicationPage> publication(String slug) {
		return publications.findBySlug(slug)
			.map(p -> new PublicationPage(p.getSlug(), p.getName(), p.getKind(), p.getCountry(), p.getLanguage(),
					p.getUrl(), p.getDescription(),
					reviews.findByPublication(p).stream().map(review -> QuoteView.of(review, List.of())).toList(),
					publications.findReferencesFrom(p).stream().map(ReferenceView::of).toList()));
	}

	/** Every named critic, by surname, with the publications they are quoted from. */
	@Cacheable("criticIndex")
	@Transactional(readOnly = true)
	public List<CriticItem> critics() {
		Map<Long, List<CriticReview>> byCritic = new LinkedHashMap<>();
		for (CriticReview review : reviews.findAllWithSources()) {
			if (review.getCritic() != null) {
				byCritic.computeIfAbsent(review.getCritic().getId(), id -> new ArrayList<>()).add(review);
			}
		}
		return critics.findAllBySortName()
			.stream()
			.map(critic -> {
				List<CriticReview> quotes = byCritic.getOrDefault(critic.getId(), List.of());
				return new CriticItem(Paths.criticLink(critic), publicationsOf(quotes), quotes.size());
			})
			.toList();
	}

	@Cacheable(cacheNames = "criticPages", unless = "#result == null")
	@Transactional(readOnly = true)
	public Optional<CriticPage> critic(String slug) {
		return critics.findBySlug(slug).map(critic -> {
			List<CriticReview> quotes = reviews.findByCritic(critic);
			return new CriticPage(critic.getSlug(), critic.getName(), publicationsOf(quotes),
					quotes.stream().map(review -> QuoteView.of(review, List.of())).toList());
		});
	}

	private static List<Link> publicationsOf(List<CriticReview> quotes) {
		LinkedHashSet<Link> links = new LinkedHashSet<>();
		for (CriticReview review : quotes) {
			links.add(new Link(review.getPublication().getName(), Paths.publication(review.getPublication())));
		}
		return List.copyOf(links);
	}

	/** The source's citation where the quote has one, else the quote's own attribution. */
	private static String citationLine(QuoteView quote, ReferenceView source) {
		return source != null ? source.citationLine() : quote.attribution() + ".";
	}

}
