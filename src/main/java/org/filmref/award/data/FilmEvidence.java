package org.filmref.award.data;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The people credited with each film on the site (nominations and credits) and the years of its nominations: a
 * film named without an id whose title no film of the site has within a year (the rules of
 * {@link FilmMatching#load}) is the site's film that a nominee of its rows is credited with, when that film has the
 * same title within {@value #SAME_TITLE_YEARS} years (a foreign-language film honoured by one body a year or two after
 * another, a series of shorts honoured year after year), or, within a year, a title that holds the other's words ("The
 * Grinch" and "Dr. Seuss' How the Grinch Stole Christmas", "Goodbye, Children" and "Au Revoir les Enfants
 * (Goodbye, Children)") or differs from it by a spelling ("Prizzi's Honour", "Three Colours: Red", "French
 * Connection 2" and "II") but not by a number ("Kill Bill (Vol. 1)" and "(Vol. 2)"). Where two films fit, neither
 * is taken. Without a nominee in common two films of one title stay two: Saura's and Rosi's Carmen.
 */
final class FilmEvidence {

	/** How far apart in years a film's nominations under one title may be, with a nominee in common. */
	private static final int SAME_TITLE_YEARS = 3;

	private final Map<Long, Set<String>> namesOf = new HashMap<>();

	private final Map<Long, Set<Integer>> yearsOf = new HashMap<>();

	private final Map<String, Set<Long>> filmsNamed = new HashMap<>();

	/** The evidence the database holds: each film's nominees and credited people, and its nominations' years. */
	static FilmEvidence read(Jdbc jdbc) throws SQLException {
		FilmEvidence evidence = new FilmEvidence();
		jdbc.query("""
				SELECT nf.film_id, p.name, c.film_year FROM nomination_film nf
				JOIN nomination n ON n.id = nf.nomination_id JOIN ceremony_category cc ON cc.id = n.ceremony_category_id
				JOIN ceremony c ON c.id = cc.ceremony_id
				LEFT JOIN nomination_nominee nn ON nn.nomination_id = n.id LEFT JOIN person p ON p.id = nn.person_id
				WHERE nf.film_id IS NOT NULL""",
				rs -> evidence.add(rs.getLong(1), (Integer) rs.getObject(3),
						rs.getString(2) == null ? Set.of() : Set.of(Titles.nameKey(rs.getString(2)))));
		jdbc.query("SELECT c.film_id, p.name, f.release_year FROM credit c JOIN person p ON p.id = c.person_id "
				+ "JOIN film f ON f.id = c.film_id", rs -> evidence.add(rs.getLong(1), (Integer) rs.getObject(3),
						Set.of(Titles.nameKey(rs.getString(2)))));
		return evidence;
	}

	void add(long film, Integer year, Set<String> names) {
		if (year != null) {
			yearsOf.computeIfAbsent(film, k -> new HashSet<>()).add(year);
		}
		for (String name : names) {
			namesOf.computeIfAbsent(film, k -> new HashSet<>()).add(name);
			filmsNamed.computeIfAbsent(name, k -> new HashSet<>()).add(film);
		}
	}

	Long sameFilm(String title, int year, Set<String> names, Map<Long, String> titles) {
		Set<Long> candidates = new HashSet<>();
		for (String name : names) {
			candidates.addAll(filmsNamed.getOrDefault(name, Set.of()));
		}
		Long found = null;
		for (Long candidate : candidates) {
			String other = titles.get(candidate);
			if (other == null) {
				continue;
			}
			int years = SAME_TITLE_YEARS + 1;
			for (int y : yearsOf.getOrDefault(candidate, Set.of())) {
				years = Math.min(years, Math.abs(y - year));
			}
			boolean fits = Titles.sameTitle(title, other) ? years <= SAME_TITLE_YEARS
					: years <= 1 && Titles.variantTitle(title, other);
			if (fits) {
				if (found != null) {
					return null;
				}
				found = candidate;
			}
		}
		return found;
	}

}
