package org.filmref.review;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.filmref.reference.CitedReference;
import org.filmref.reference.ReferenceView;
import org.filmref.web.Link;
import org.filmref.web.PageMeta;

/**
 * The view models of the review pages: the list of all critic quotes, one quote's permalink, and a publication.
 */
public final class ReviewViews {

	private ReviewViews() {
	}

	/** Every critic quote, by film, then the language the critics wrote in, then publication. */
	public record ReviewIndex(List<FilmReviews> films) {
	}

	/**
	 * @param anchor the id of the film's section, the film page's link to its full list
	 * @param aggregates what review aggregators say of the film's critics
	 */
	public record FilmReviews(Link film, String anchor, int count, List<AggregateView> aggregates,
			List<LanguageReviews> languages) {

		public String receptionHref() {
			return film.href() != null ? film.href() + "#reception" : null;
		}

	}

	/** The quotes of critics who wrote in one language: "de" quotes are shown in English translation. */
	public record LanguageReviews(String anchor, String language, List<PublicationReviews> publications) {

		public String heading() {
			return Languages.criticsHeading(language);
		}

	}

	public record PublicationReviews(Link publication, List<QuoteView> quotes) {
	}

	/** An aggregator's summary in its own words, when it was read, and the page it was read on. */
	public record AggregateView(Link publication, String summary, String asOf, ReferenceView source) {
	}

	/**
	 * One quote's page.
	 *
	 * @param citationLine the source as one line of plain text, ready to copy
	 * @param references the quote's source as a numbered References list (one entry), for the footnote mark
	 * @param filmQuotesHref every quote on the film, in the review list
	 */
	public record ReviewPage(QuoteView quote, ReferenceView source, String citationLine,
			List<CitedReference> references, String filmQuotesHref, PageMeta meta) {

		public String receptionHref() {
			return quote.film().href() != null ? quote.film().href() + "#reception" : null;
		}

	}

	public record PublicationPage(String slug, String name, String kind, String country, String language,
			String url, String description, List<QuoteView> quotes, List<ReferenceView> references) {
	}

	/** A critic's page: every quote of theirs on the site, and the publications they appeared in. */
	public record CriticPage(String slug, String name, List<Link> publications, List<QuoteView> quotes) {
	}

	/** A critic in the list of critics, with the number of their quotes. */
	public record CriticItem(Link critic, List<Link> publications, int quotes) {
	}

	public record PublicationItem(Link publication, String kind, String country, int quotes) {

		/** "Magazine, Germany", or {@code null} where neither is known. */
		public String description() {
			String text = Stream.of(kind, country)
				.filter(Objects::nonNull)
				.collect(Collectors.joining(", "));
			return text.isEmpty() ? null : text;
		}

	}

}
