package org.filmref.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.filmref.reference.Footnote;
import org.filmref.reference.QuoteView;
import org.filmref.reference.ReferenceView;
import org.filmref.reference.References;
import org.filmref.web.Dates;
import org.filmref.web.Description;
import org.filmref.web.Html;
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
		return new QuoteView(review.getId(), review.path(), review.getQuote(),
				review.getCritic() != null ? review.getCritic().link() : null, review.getCreditCaveat(),
				review.getPublication().link(), review.getIssue(), Dates.day(review.getPublishedOn()),
				review.getDateNote(), review.getArticleTitle(), review.getOriginalLanguage(), review.getOriginalText(),
				review.getNote(), review.getFilm().link(), footnotes);
	}

	/** Every critic quote on a film: its section of the review list. */
	public static String quotesOnFilm(String filmSlug) {
		return "/reviews#" + filmSlug;
	}

	/** Every critic quote, by film, then the language the critics wrote in, then publication. */
	public record ReviewIndex(List<FilmReviews> films) {

		/** "17 critics' quotes on Leaving Las Vegas from Der Spiegel, Die Zeit and 12 more, each …" */
		public String metaDescription() {
			int quotes = films.stream().mapToInt(FilmReviews::count).sum();
			return Description.listing(quotes + (quotes == 1 ? " critic's quote on " : " critics' quotes on ")
					+ Description.join(films.stream().map(film -> film.film().label()).toList()) + " from ",
					films.stream()
						.flatMap(film -> film.languages().stream())
						.flatMap(language -> language.publications().stream())
						.map(publication -> publication.publication().label())
						.distinct()
						.toList(),
					", each with its source and a permalink.");
		}

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
			References references, String filmQuotesHref, PageMeta meta) {

		public String receptionHref() {
			return quote.film().href() != null ? quote.film().href() + "#reception" : null;
		}

	}

	public record PublicationPage(String slug, String name, String kind, String country, String language,
			String url, String description, List<QuoteView> quotes, List<ReferenceView> references) {

		/** The publication's language: "German". */
		public String languageName() {
			return Languages.name(language);
		}

		/** "Der Spiegel (Magazine, Germany) on filmref: 1 critic's quote on Leaving Las Vegas and 3 sources cited." */
		public String metaDescription() {
			List<String> parts = new ArrayList<>();
			if (!quotes.isEmpty()) {
				parts.add(quotes.size() + (quotes.size() == 1 ? " critic's quote on " : " critics' quotes on ")
						+ Description.join(quotes.stream().map(quote -> quote.film().label()).distinct().toList()));
			}
			if (!references.isEmpty()) {
				parts.add(references.size() + (references.size() == 1 ? " source cited" : " sources cited"));
			}
			String about = Stream.of(kind, country).filter(Objects::nonNull).collect(Collectors.joining(", "));
			return name + (about.isEmpty() ? "" : " (" + about + ")") + " on filmref"
					+ (parts.isEmpty() ? "." : ": " + Description.join(parts) + ".");
		}

	}

	/** A critic's page: every quote of theirs on the site, and the publications they appeared in. */
	public record CriticPage(String slug, String name, List<Link> publications, List<QuoteView> quotes) {

		/** The publications, comma-separated and linked, for {@code th:utext}. */
		public Html publicationsHtml() {
			return Link.joined(publications);
		}

		/** "Owen Gleiberman, critic for Entertainment Weekly: 1 quote on Leaving Las Vegas." */
		public String metaDescription() {
			return name + (publications.isEmpty() ? ", critic"
					: ", critic for " + Description.join(publications.stream().map(Link::label).toList()))
					+ ": " + quotes.size() + (quotes.size() == 1 ? " quote on " : " quotes on ")
					+ Description.join(quotes.stream().map(quote -> quote.film().label()).distinct().toList()) + ".";
		}

	}

	/** A critic in the list of critics, with the number of their quotes. */
	public record CriticItem(Link critic, List<Link> publications, int quotes) {

		/** The publications, comma-separated and linked, for {@code th:utext}. */
		public Html publicationsHtml() {
			return Link.joined(publications);
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
