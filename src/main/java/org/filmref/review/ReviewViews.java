package org.filmref.review;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.filmref.reference.CitedReference;
import org.filmref.reference.Footnote;
import org.filmref.reference.QuoteView;
import org.filmref.reference.ReferenceView;
import org.filmref.web.Dates;
import org.filmref.web.Languages;
import org.filmref.web.Link;
import org.filmref.web.PageMeta;

/**
 * The view models of the review pages: the list of all critic quotes, one quote's permalink, and a publication.
 */
public final class ReviewViews {

	private ReviewViews() {
	}

	/** A critic's quote as pages show it, with the footnotes that cite its source. */
	public static QuoteView quote(CriticReview review, List<Footnote> footnotes) {
		return new QuoteView(review.getId(), review.path(), review.getQuote(), review.getCritic(),
				review.getPublication().link(), review.getIssue(), Dates.day(review.getPublishedOn()),
				review.getArticleTitle(), review.getOriginalLanguage(), review.getOriginalText(), review.getNote(),
				review.getFilm().link(), footnotes);
	}

	/** Every critic quote, by film and then publication. */
	public record ReviewIndex(List<FilmReviews> films) {
	}

	public record FilmReviews(Link film, List<PublicationReviews> publications) {

		public String receptionHref() {
			return film.href() != null ? film.href() + "#reception" : null;
		}

	}

	public record PublicationReviews(Link publication, List<Excerpt> quotes) {
	}

	/** A quote as a list shows it: the opening words, the attribution and the permalink. */
	public record Excerpt(QuoteView quote, String excerpt) {
	}

	/**
	 * One quote's page.
	 *
	 * @param citationLine the source as one line of plain text, ready to copy
	 * @param references the quote's source as a numbered References list (one entry), for the footnote mark
	 */
	public record ReviewPage(QuoteView quote, ReferenceView source, String citationLine,
			List<CitedReference> references, PageMeta meta) {

		public String receptionHref() {
			return quote.film().href() != null ? quote.film().href() + "#reception" : null;
		}

	}

	public record PublicationPage(String slug, String name, String kind, String country, String language,
			String url, String description, List<Excerpt> quotes, List<ReferenceView> references) {

		/** The publication's language: "German". */
		public String languageName() {
			return Languages.name(language);
		}

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
