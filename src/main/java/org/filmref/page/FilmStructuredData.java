package org.filmref.page;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.filmref.award.Accolades;
import org.filmref.film.Credit;
import org.filmref.film.CreditRole;
import org.filmref.film.Film;
import org.filmref.film.FilmRelease;
import org.filmref.novel.Novel;
import org.filmref.web.Description;
import org.filmref.web.JsonLd;
import org.filmref.web.JsonLd.Node;
import org.filmref.web.PageMeta;
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

	/** The category a description names first: the film's own award, which the rest of the list may not reach. */
	private static final String BEST_PICTURE = "Best Picture";

	private FilmStructuredData() {
	}

	/**
	 * @param reviews the critics' quotes as {@code CriticReview} nodes (their text is on their own pages)
	 * @param nominations the film's nominations: the {@code Movie} names the awards it won
	 */
	static PageMeta meta(Film film, List<Credit> credits, List<Node> reviews, Accolades nominations,
			Site site) {
		String path = film.path();
		String title = film.getTitle() + (film.getReleaseYear() != null ? " (" + film.getReleaseYear() + " film)" : "");
		return PageMeta.of(title, film.getLead(), path)
			.type("video.movie")
			.jsonLd(movie(film, credits, reviews, nominations.won(), site));
	}

	/** The page of a film without an article: a {@code Movie} with its year, its wins and its IMDb address. */
	static PageMeta meta(Film film, Integer year, String description, Accolades nominations, Site site) {
		String title = film.getTitle() + (year != null ? " (" + year + " film)" : "");
		return PageMeta.of(title, description, film.path())
			.type("video.movie")
			.jsonLd(movie(film, List.of(), List.of(), nominations.won(), site).put("dateCreated",
					film.getReleaseYear() == null && year != null ? String.valueOf(year) : null));
	}

	/**
	 * "Titanic (1997): 11 wins from 14 nominations at the Academy Awards, winning Best Picture, Best Director, Best
	 * Cinematography and 8 more.": each award body's totals, then the categories it won (or, without a win, was
	 * nominated in), Best Picture first, as many as fit.
	 */
	static String description(Film film, Integer year, Accolades awards) {
		String head = film.getTitle() + (year != null ? " (" + year + ")" : "");
		if (awards.isEmpty()) {
			return head + ".";
		}
		boolean won = !awards.won().isEmpty();
		List<String> categories = awards.bodies()
			.stream()
			.flatMap(body -> body.rows().stream())
			.filter(row -> !won || row.nomination().won())
			.map(row -> row.category().label())
			.distinct()
			.sorted(Comparator.comparing(category -> !category.equals(BEST_PICTURE)))
			.toList();
		// Each body's totals where they fit; else the first body's, and how many others nominated it (never a sum).
		String phrase = awards.phrase(Description.LENGTH - 62 - head.length());
		return Description.listing(head + ": " + phrase + (won ? ", winning " : ", nominated for "), categories, ".");
	}

	static Node movie(Film film, List<Credit> credits, List<Node> reviews, List<String> won, Site site) {
		return JsonLd.document("Movie")
			.put("@id", site.url(film.path()) + "#film")
			.put("name", film.getTitle())
			.put("alternateName",
					film.getOriginalTitle() != null && !film.getOriginalTitle().equals(film.getTitle())
							? film.getOriginalTitle() : null)
			.put("url", site.url(film.path()))
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
			// Each review's text is on its permalink page (a CriticReview of its own); the Movie points there.
			.put("review", reviews)
			.put("award", won)
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
			.put("url", site.url(novel.path()))
			.put("author", Schema.person(novel.getAuthor(), site))
			.put("datePublished", novel.getPublishedYear() != null ? String.valueOf(novel.getPublishedYear()) : null);
	}

}
