package org.filmref.film;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.filmref.award.Award;
import org.filmref.award.CeremonyCategory;
import org.filmref.award.Nomination;
import org.filmref.novel.Novel;
import org.filmref.review.CriticReview;
import org.filmref.review.ReviewStructuredData;
import org.filmref.web.JsonLd;
import org.filmref.web.JsonLd.Node;
import org.filmref.web.PageMeta;
import org.filmref.web.Paths;
import org.filmref.web.Schema;
import org.filmref.web.Site;

/**
 * The film page's meta: its schema.org {@code Movie}, built from the rows the page is assembled from, so it costs no
 * query of its own. Awards are listed for wins only: schema.org has no property for a nomination.
 */
final class FilmStructuredData {

	/**
	 * How many of the cast, in billing order, the {@code Movie} names: the principal cast, as search engines show
	 * it. The page lists everyone; repeating thirty bit parts here would add 5 KB to every film page.
	 */
	static final int PRINCIPAL_CAST = 6;

	private FilmStructuredData() {
	}

	static PageMeta meta(Film film, List<Credit> credits, List<CriticReview> reviews, List<Nomination> fields,
			Site site) {
		String path = Paths.film(film);
		String title = film.getTitle() + (film.getReleaseYear() != null ? " (" + film.getReleaseYear() + " film)" : "");
		return PageMeta.of(title, film.getLead(), path).type("video.movie").jsonLd(movie(film, credits, reviews, fields, site));
	}

	static Node movie(Film film, List<Credit> credits, List<CriticReview> reviews, List<Nomination> fields,
			Site site) {
		return JsonLd.document("Movie")
			.put("@id", site.url(Paths.film(film)) + "#film")
			.put("name", film.getTitle())
			.put("alternateName",
					film.getOriginalTitle() != null && !film.getOriginalTitle().equals(film.getTitle())
							? film.getOriginalTitle() : null)
			.put("url", site.url(Paths.film(film)))
			.put("datePublished", datePublished(film))
			.put("duration", Schema.minutes(film.getRuntimeMinutes()))
			.put("countryOfOrigin", film.getCountry() == null ? null
					: Arrays.stream(film.getCountry().split(",\\s*"))
						.map(country -> JsonLd.node("Country").put("name", country))
						.toList())
			.put("inLanguage", Schema.language(film.getLanguage()))
			.put("director", people(credits, CreditRole.DIRECTOR, site))
			.put("author", people(credits, CreditRole.SCREENPLAY, site))
			.put("producer", people(credits, CreditRole.PRODUCER, site))
			.put("musicBy", people(credits, CreditRole.COMPOSER, site))
			.put("actor", credits.stream()
				.filter(credit -> credit.getRole() == CreditRole.CAST)
				.limit(PRINCIPAL_CAST)
				.map(credit -> JsonLd.node("PerformanceRole")
					.put("actor", Schema.person(credit.getPerson(), site))
					.put("characterName", credit.getCharacterName()))
				.toList())
			.put("isBasedOn", book(film.getNovel(), site))
			// Each review's text is on its permalink page (a CriticReview of its own, with its publisher's page);
			// the Movie points there and names the publisher.
			.put("review", reviews.stream().map(review -> ReviewStructuredData.node(review, site)).map(review -> {
				review.remove("reviewBody");
				if (review.get("publisher") instanceof Node publisher) {
					publisher.remove("url");
				}
				return review;
			}).toList())
			.put("award", fields.stream()
				.filter(nomination -> nomination.isWon() && nomination.getFilm() != null
						&& nomination.getFilm().getId().equals(film.getId()))
				.map(nomination -> award(nomination.getCeremonyCategory()))
				.distinct()
				.toList())
			.put("sameAs", film.getImdbId() == null ? null : "https://www.imdb.com/title/" + film.getImdbId() + "/");
	}

	/** The earliest release, as precisely as it is known: {@code 1995-09} for a month. */
	private static String datePublished(Film film) {
		return film.getReleases()
			.stream()
			.min(Comparator.comparing(FilmRelease::getReleaseDate))
			.map(release -> switch (release.getDatePrecision()) {
				case DAY -> release.getReleaseDate().toString();
				case MONTH -> release.getReleaseDate().toString().substring(0, 7);
				case YEAR -> String.valueOf(release.getReleaseDate().getYear());
			})
			.orElse(film.getReleaseYear() != null ? String.valueOf(film.getReleaseYear()) : null);
	}

	private static List<Node> people(List<Credit> credits, CreditRole role, Site site) {
		return credits.stream()
			.filter(credit -> credit.getRole() == role)
			.map(credit -> Schema.person(credit.getPerson(), site))
			.toList();
	}

	private static Node book(Novel novel, Site site) {
		if (novel == null) {
			return null;
		}
		return JsonLd.node("Book")
			.put("name", novel.getTitle())
			.put("url", site.url(Paths.novel(novel)))
			.put("author", Schema.person(novel.getAuthor(), site))
			.put("datePublished", novel.getPublishedYear() != null ? String.valueOf(novel.getPublishedYear()) : null);
	}

	/** "Academy Award for Best Actor (1996)". */
	static String award(CeremonyCategory category) {
		Award award = category.getCeremony().getAward();
		String body = award.getName().endsWith("s") ? award.getName().substring(0, award.getName().length() - 1)
				: award.getName();
		return body + " for " + category.getCategory().getName() + " (" + category.getCeremony().getCeremonyYear()
				+ ")";
	}

}
