package org.filmref.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.filmref.reference.CitedReference;
import org.filmref.reference.ReferenceView;
import org.filmref.web.Description;
import org.filmref.web.Link;
import org.filmref.web.PageMeta;

/**
 * The view models of the review pages: the list of all critic quotes, one quote's permalink, and a publication.
 */
public final class ReviewViews {

	private ReviewViews() {
	}

	/** Every critic quote, by film and then publication. */
	public record ReviewIndex(List<FilmReviews> films) {

		/** "17 critics' quotes on Leaving Las Vegas from Der Spiegel, Die Zeit and 12 more, each …" */
		public String metaDescription() {
			int quotes = films.stream()
				.flatMap(film -> film.publications().stream())
				.mapToInt(publication -> publication.quotes().size())
				.sum();
			return Description.listing(quotes + (quotes == 1 ? " critic's quote on " : " critics' quotes on ")
					+ Description.join(films.stream().map(film -> film.film().label()).toList()) + " from ",
					films.stream()
						.flatMap(film -> film.publications().stream())
						.map(publication -> publication.publication().label())
						.distinct()
						.toList(),
					", each with its source and a permalink.");
		}

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

		/** "Der Spiegel (Magazine, Germany) on filmref: 1 critic's quote on Leaving Las Vegas and 3 sources cited." */
		public String metaDescription() {
			List<String> parts = new ArrayList<>();
			if (!quotes.isEmpty()) {
				parts.add(quotes.size() + (quotes.size() == 1 ? " critic's quote on " : " critics' quotes on ")
						+ Description.join(quotes.stream().map(excerpt -> excerpt.quote().film().label()).distinct().toList()));
			}
			if (!references.isEmpty()) {
				parts.add(references.size() + (references.size() == 1 ? " source cited" : " sources cited"));
			}
			String about = Stream.of(kind, country).filter(Objects::nonNull).collect(Collectors.joining(", "));
			return name + (about.isEmpty() ? "" : " (" + about + ")") + " on filmref"
					+ (parts.isEmpty() ? "." : ": " + Description.join(parts) + ".");
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
