package org.filmref.award.data;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.filmref.award.data.AwardEntry.Credit;

import static org.filmref.award.data.Identities.isImdbId;
import static org.filmref.award.data.Slugs.slug;
import static org.filmref.award.data.Slugs.unique;

/**
 * The films of a load: by IMDb id, and by the title and year of each entry film without one. A film without an id
 * (scraped data names films by title only) is the site's film of the same title (read the right way round, compared
 * without case, accents or a leading article) whose year is within one of the nomination's ({@link #match}); else
 * the film a nominee of its rows is credited with, where its title and years fit ({@link FilmEvidence}); else a new
 * page rather than a wrong merge. {@code db/data/matching-overrides.tsv} decides where titles mislead.
 */
final class FilmMatching {

	/** A film on the site as the matching sees it. */
	private record KnownFilm(long id, String title, Integer year) {
	}

	final Identities byImdb = new Identities();

	private final Map<String, KnownFilm> byTitleAndYear = new HashMap<>();

	/** The site's title of each film. */
	final Map<Long, String> titles = new HashMap<>();

	int added;

	int matched;

	private FilmMatching() {
	}

	/** The film's id, by its IMDb id or else by its title and the nomination's year; null for a film not loaded. */
	Long id(Credit film, int year) {
		if (isImdbId(film.imdbId(), "tt")) {
			return byImdb.ids.get(film.imdbId());
		}
		KnownFilm known = byTitleAndYear.get(Titles.titleKey(film.name()) + "|" + year);
		return known == null ? null : known.id();
	}

	/** Matches the films of the rows to the site's and adds the others. */
	static FilmMatching load(Jdbc jdbc, AwardImporter.Body body, List<AwardEntry> rows, Overrides overrides,
			OtherNames otherNames) throws SQLException {
		FilmMatching films = new FilmMatching();
		Set<String> slugs = new HashSet<>();
		Map<String, Long> bySlug = new HashMap<>();
		Map<Long, Integer> years = new HashMap<>();
		jdbc.query("""
				SELECT nf.film_id, MIN(c.film_year) FROM nomination_film nf
				JOIN nomination n ON n.id = nf.nomination_id JOIN ceremony_category cc ON cc.id = n.ceremony_category_id
				JOIN ceremony c ON c.id = cc.ceremony_id WHERE nf.film_id IS NOT NULL GROUP BY nf.film_id""",
				rs -> years.put(rs.getLong(1), rs.getInt(2)));
		Map<String, List<KnownFilm>> byKey = new HashMap<>();
		Map<String, List<KnownFilm>> byShortKey = new HashMap<>();
		jdbc.query("SELECT id, imdb_id, slug, title, release_year FROM film", rs -> {
			long id = rs.getLong(1);
			if (rs.getString(2) != null) {
				films.byImdb.ids.put(rs.getString(2), id);
			}
			slugs.add(rs.getString(3));
			bySlug.put(rs.getString(3), id);
			int release = rs.getInt(5);
			Integer year = rs.wasNull() ? years.get(id) : Integer.valueOf(release);
			KnownFilm film = new KnownFilm(id, rs.getString(4), year);
			films.titles.put(id, film.title());
			byKey.computeIfAbsent(Titles.titleKey(film.title()), k -> new ArrayList<>()).add(film);
			byShortKey.computeIfAbsent(Titles.shortTitleKey(film.title()), k -> new ArrayList<>()).add(film);
		});
		// Each new film with an IMDb id under its latest title, in the order the file first names it (which fixes
		// its slug); each film without one under its title and year.
		Map<String, String> titles = new LinkedHashMap<>();
		Map<String, Integer> firstYears = new HashMap<>();
		Map<String, Credit> unidentified = new LinkedHashMap<>();
		// The names each title and year is credited with in this file: the evidence for a film named differently.
		Map<String, Set<String>> namesOfKey = new HashMap<>();
		for (AwardEntry row : rows) {
			for (Credit film : row.films()) {
				if (isImdbId(film.imdbId(), "tt")) {
					if (!films.byImdb.ids.containsKey(film.imdbId())) {
						titles.put(film.imdbId(), film.name());
						firstYears.putIfAbsent(film.imdbId(), row.filmYear());
					}
				}
				else if (body.matchNames()) {
					String key = Titles.titleKey(film.name()) + "|" + row.filmYear();
					unidentified.putIfAbsent(key, film);
					Set<String> names = namesOfKey.computeIfAbsent(key, k -> new HashSet<>());
					for (Credit nominee : row.nominees()) {
						if (nominee.person() && !nominee.name().isBlank()) {
							names.add(Titles.nameKey(nominee.name()));
						}
					}
				}
			}
		}
		FilmEvidence evidence = body.matchNames() ? FilmEvidence.read(jdbc) : null;
		long next = jdbc.nextId("film");
		Jdbc.Inserts insert = jdbc.inserts("film", "id:long", "slug:text", "title:text", "imdb_id:text",
				"has_page:bool", "release_year:int");
		for (Map.Entry<String, String> film : titles.entrySet()) {
			long id = next++;
			films.byImdb.ids.put(film.getKey(), id);
			String base = slug(film.getValue()) + "-" + firstYears.get(film.getKey());
			insert.add(id, unique(base, film.getKey(), slugs), film.getValue(), film.getKey(), Boolean.FALSE, null);
		}
		films.added = titles.size();
		for (Map.Entry<String, Credit> entry : unidentified.entrySet()) {
			String key = entry.getKey();
			String titleKey = key.substring(0, key.lastIndexOf('|'));
			int year = Integer.parseInt(key.substring(key.lastIndexOf('|') + 1));
			Credit film = entry.getValue();
			String override = overrides.film(film.name(), year);
			KnownFilm known = override == null ? match(byKey, byShortKey, titleKey, film.name(), year)
					: bySlug.containsKey(override) ? new KnownFilm(bySlug.get(override), null, year) : null;
			Set<String> names = namesOfKey.getOrDefault(key, Set.of());
			if (known == null && override == null) {
				Long same = evidence.sameFilm(film.name(), year, names, films.titles);
				known = same == null ? null : new KnownFilm(same, null, year);
			}
			if (known != null) {
				films.byTitleAndYear.put(key, known);
				films.matched++;
				otherNames.film(known.id(), films.titles.get(known.id()), film.name());
				evidence.add(known.id(), year, names);
				continue;
			}
			long id = next++;
			String title = film.name();
			insert.add(id, unique(slug(title) + "-" + year, null, slugs), title, null, Boolean.FALSE, year);
			KnownFilm created = new KnownFilm(id, title, year);
			films.byTitleAndYear.put(key, created);
			films.titles.put(id, title);
			evidence.add(id, year, names);
			byKey.computeIfAbsent(titleKey, k -> new ArrayList<>()).add(created);
			byShortKey.computeIfAbsent(Titles.shortTitleKey(title), k -> new ArrayList<>()).add(created);
			films.added++;
		}
		insert.write();
		return films;
	}

	/**
	 * The site's film of that title (key) whose year is nearest the given year, at most one away; else one whose
	 * title is the same without a trailing parenthesis (BAFTA's "Babette's Feast (Babettes Gæstebud)", the
	 * Academy's "The Chorus (Les Choristes)"); a title cut short by the scraper (30 or 40 characters) matches a longer
	 * one of the same beginning when only one does.
	 */
	private static KnownFilm match(Map<String, List<KnownFilm>> byKey, Map<String, List<KnownFilm>> byShortKey,
			String titleKey, String title, int year) {
		KnownFilm best = nearest(byKey.getOrDefault(titleKey, List.of()), year);
		if (best == null) {
			// Two titles that both add a parenthesis name two films ("Kill Bill (Vol. 1)", "Kill Bill (Vol. 2)").
			boolean parenthesis = Titles.hasTrailingParenthesis(title);
			List<KnownFilm> plain = byShortKey.getOrDefault(Titles.shortTitleKey(title), List.of())
				.stream()
				.filter(film -> film.title() != null && !(parenthesis && Titles.hasTrailingParenthesis(film.title())))
				.toList();
			best = nearest(plain, year);
		}
		if (best == null && titleKey.length() >= 20) {
			List<KnownFilm> longer = new ArrayList<>();
			for (Map.Entry<String, List<KnownFilm>> entry : byKey.entrySet()) {
				if (entry.getKey().length() > titleKey.length() && entry.getKey().startsWith(titleKey)) {
					KnownFilm film = nearest(entry.getValue(), year);
					if (film != null) {
						longer.add(film);
					}
				}
			}
			if (longer.size() == 1) {
				best = longer.get(0);
			}
		}
		return best;
	}

	private static KnownFilm nearest(List<KnownFilm> candidates, int year) {
		KnownFilm best = null;
		int distance = 2;
		for (KnownFilm film : candidates) {
			if (film.year() == null) {
				continue;
			}
			int d = Math.abs(film.year() - year);
			if (d < distance) {
				best = film;
				distance = d;
			}
		}
		return best;
	}

}
