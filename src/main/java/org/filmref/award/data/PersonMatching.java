package org.filmref.award.data;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.filmref.award.data.AwardEntry.Credit;
import org.filmref.award.data.Careers.Work;

import static org.filmref.award.data.Careers.oneCareer;
import static org.filmref.award.data.Careers.sameCareer;
import static org.filmref.award.data.Careers.trade;
import static org.filmref.award.data.Identities.isImdbId;
import static org.filmref.award.data.Slugs.slug;
import static org.filmref.award.data.Slugs.unique;

/**
 * The people of a load: by IMDb id, and by the key of each name without one. A person without an id is matched
 * nomination by nomination (one name may be two people: Steve McQueen the actor and the director): the site's person
 * of that name credited with the nomination's film (the film is the evidence); else, where the site has nobody of
 * that name, the one person credited with the film whose name is the same written another way; else the one whose
 * career fits ({@link Careers}); else a new page, one per career. {@code db/data/matching-overrides.tsv} decides where
 * names mislead.
 */
final class PersonMatching {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Set<String> SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");


	final Identities byImdb = new Identities();

	/** The people of each row's nominees without ids, in the order of its nominees. */
	final Map<AwardEntry, Long[]> byRow = new IdentityHashMap<>();

	int added;

	int matched;

	int matchedByCareer;

	Long id(AwardEntry row, int index) {
		Credit person = row.nominees().get(index);
		if (isImdbId(person.imdbId(), "nm")) {
			return byImdb.ids.get(person.imdbId());
		}
		Long[] ids = byRow.get(row);
		return ids == null ? null : ids[index];
	}

	private PersonMatching() {
	}

	/** Matches the people the rows name to the site's and adds the others; the films are those of the same load. */
	static PersonMatching load(Jdbc jdbc, AwardImporter.Body body, List<AwardEntry> rows, FilmMatching films,
			Overrides overrides, OtherNames otherNames) throws SQLException {
		PersonMatching people = new PersonMatching();
		Set<String> slugs = new HashSet<>();
		Map<String, Long> bySlug = new HashMap<>();
		Map<String, List<Long>> byKey = new HashMap<>();
		Map<Long, String> namesById = new HashMap<>();
		jdbc.query("SELECT id, imdb_id, slug, name FROM person", rs -> {
			if (rs.getString(2) != null) {
				people.byImdb.ids.put(rs.getString(2), rs.getLong(1));
			}
			namesById.put(rs.getLong(1), rs.getString(4));
			slugs.add(rs.getString(3));
			bySlug.put(rs.getString(3), rs.getLong(1));
			byKey.computeIfAbsent(Titles.nameKey(rs.getString(4)), k -> new ArrayList<>()).add(rs.getLong(1));
		});
		// The evidence: the films each person is credited with on the site (nominations and credits).
		Map<Long, Set<Long>> filmsOf = new HashMap<>();
		Map<Long, Set<Work>> careerOf = new HashMap<>();
		if (body.matchNames()) {
			jdbc.query("""
					SELECT nn.person_id, nf.film_id FROM nomination_nominee nn
					JOIN nomination_film nf ON nf.nomination_id = nn.nomination_id
					WHERE nn.person_id IS NOT NULL AND nf.film_id IS NOT NULL""",
					rs -> filmsOf.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2)));
			jdbc.query("SELECT person_id, film_id FROM credit",
					rs -> filmsOf.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2)));
			jdbc.query("""
					SELECT DISTINCT nn.person_id, k.category_class, c.film_year FROM nomination_nominee nn
					JOIN nomination n ON n.id = nn.nomination_id
					JOIN ceremony_category cc ON cc.id = n.ceremony_category_id
					JOIN award_category k ON k.id = cc.category_id JOIN ceremony c ON c.id = cc.ceremony_id
					WHERE nn.person_id IS NOT NULL AND k.category_class IS NOT NULL AND c.film_year IS NOT NULL""",
					rs -> careerOf.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
						.add(new Work(rs.getString(2), rs.getInt(3))));
		}
		// The people credited with each film, and everyone's name: a name written another way is known by its film.
		Map<Long, Set<Long>> peopleOf = new HashMap<>();
		filmsOf.forEach((person, credited) -> credited
			.forEach(film -> peopleOf.computeIfAbsent(film, k -> new HashSet<>()).add(person)));
		Map<String, String> names = Identities.names(rows, "nm", people.byImdb.ids.keySet());
		Map<String, Integer> years = firstYears(rows, "nm");
		long next = jdbc.nextId("person");
		Jdbc.Inserts insert = jdbc.inserts("person", "id:long", "slug:text", "name:text", "sort_name:text", "imdb_id:text",
				"has_page:bool");
		for (Map.Entry<String, String> person : names.entrySet()) {
			long id = next++;
			people.byImdb.ids.put(person.getKey(), id);
			String name = person.getValue();
			String slug = slug(name);
			if (slugs.contains(slug)) {
				slug = slug + "-" + years.get(person.getKey());
			}
			insert.add(id, unique(slug, person.getKey(), slugs), name, sortName(name), person.getKey(), Boolean.FALSE);
		}
		people.added = names.size();
		// Names without ids, nomination by nomination (one name may be two people: Steve McQueen the actor and the
		// director): the site's person credited with the nomination's film; else the one whose career fits; else,
		// where the site has one person of that name and another nomination of the name was theirs by its film,
		// that person; the rest of a name's nominations go to one new page.
		Map<AwardEntry, Set<Long>> filmsOfRow = new IdentityHashMap<>();
		Map<String, Set<Long>> provenByFilm = new HashMap<>();
		for (AwardEntry row : rows) {
			Set<Long> rowFilms = new HashSet<>();
			for (Credit film : row.films()) {
				Long filmId = films.id(film, row.filmYear());
				if (filmId != null) {
					rowFilms.add(filmId);
				}
			}
			filmsOfRow.put(row, rowFilms);
			for (Credit nominee : row.nominees()) {
				if (body.matchNames() && nominee.person() && nominee.imdbId() == null && !rowFilms.isEmpty()) {
					String key = Titles.nameKey(nominee.name());
					Long match = match(byKey.getOrDefault(key, List.of()), rowFilms, false, filmsOf);
					if (match != null) {
						provenByFilm.computeIfAbsent(key, k -> new HashSet<>()).add(match);
					}
				}
			}
		}
		Map<String, List<Long>> created = new HashMap<>();
		Map<Long, Set<Work>> createdWorks = new HashMap<>();
		int createdCount = 0;
		Set<String> byFilm = new HashSet<>();
		Set<String> byCareer = new HashSet<>();
		for (AwardEntry row : rows) {
			Long[] ids = new Long[row.nominees().size()];
			Set<Long> rowFilms = filmsOfRow.get(row);
			for (int i = 0; i < row.nominees().size(); i++) {
				Credit nominee = row.nominees().get(i);
				if (!body.matchNames() || !nominee.person() || nominee.imdbId() != null || nominee.name().isBlank()) {
					continue;
				}
				String key = Titles.nameKey(nominee.name());
				List<String> titles = row.films().stream().map(Credit::name).toList();
				String override = overrides.person(nominee.name(), row.filmYear(), titles);
				List<Long> candidates = byKey.getOrDefault(key, List.of());
				Work work = new Work(row.categoryClass(), row.filmYear());
				Long match = null;
				if (override != null && override.startsWith("new:")) {
					String slug = override.substring("new:".length());
					match = bySlug.get(slug);
					if (match == null) {
						match = next++;
						String name = nominee.name();
						insert.add(match, unique(slug, null, slugs), name, sortName(name), null, Boolean.FALSE);
						bySlug.put(slug, match);
						createdCount++;
					}
				}
				else if (override != null) {
					match = bySlug.get(override);
				}
				else {
					match = match(candidates, rowFilms, row.films().isEmpty(), filmsOf);
					if (match == null && candidates.isEmpty()) {
						match = variant(nominee.name(), rowFilms, peopleOf, namesById);
					}
					if (match != null) {
						byFilm.add(key);
					}
					else {
						match = sameCareer(candidates, Set.of(work), careerOf);
						Set<Long> proven = provenByFilm.getOrDefault(key, Set.of());
						if (match == null && candidates.size() == 1 && proven.equals(Set.of(candidates.get(0)))) {
							match = candidates.get(0);
						}
						if (match == null && candidates.size() == 1
								&& oneCareer(careerOf.getOrDefault(candidates.get(0), Set.of()), work)) {
							match = candidates.get(0);
						}
						if (match != null) {
							byCareer.add(key);
						}
					}
				}
				if (match == null) {
					// A page this load made for the name, if the nomination fits its career (else the name is two
					// people: Charles Wood the writer of the 1960s and the production designer of the 2010s).
					for (Long page : created.getOrDefault(key, List.of())) {
						Set<Work> works = createdWorks.get(page);
						if (trade(work.categoryClass()) == null || oneCareer(works, work)) {
							match = page;
							break;
						}
					}
				}
				if (match == null) {
					match = next++;
					String name = nominee.name();
					String slug = slug(name);
					if (slugs.contains(slug)) {
						slug = slug + "-" + row.filmYear();
					}
					insert.add(match, unique(slug, null, slugs), name, sortName(name), null, Boolean.FALSE);
					created.computeIfAbsent(key, k -> new ArrayList<>()).add(match);
					createdCount++;
				}
				createdWorks.computeIfAbsent(match, k -> new HashSet<>()).add(work);
				ids[i] = match;
				otherNames.person(match, namesById.get(match), nominee.name());
			}
			people.byRow.put(row, ids);
		}
		byCareer.removeAll(byFilm);
		people.matched = byFilm.size();
		people.matchedByCareer = byCareer.size();
		people.added += createdCount;
		insert.write();
		return people;
	}

	/**
	 * The site's person of that name who is credited with one of the films (the one credited with most of them);
	 * a nomination that names no film (an honorary award) is the site's only person of that name.
	 */
	private static Long match(List<Long> candidates, Set<Long> films, boolean noFilm, Map<Long, Set<Long>> filmsOf) {
		Long best = null;
		int most = 0;
		boolean tie = false;
		for (Long candidate : candidates) {
			Set<Long> credited = filmsOf.getOrDefault(candidate, Set.of());
			int shared = 0;
			for (Long film : films) {
				if (credited.contains(film)) {
					shared++;
				}
			}
			if (shared > most) {
				best = candidate;
				most = shared;
				tie = false;
			}
			else if (shared == most && shared > 0) {
				tie = true;
			}
		}
		if (best != null && !tie) {
			return best;
		}
		if (noFilm && candidates.size() == 1) {
			return candidates.get(0);
		}
		return null;
	}

	/**
	 * Where the site has nobody of that name: the one person credited with one of the nomination's films whose name
	 * is the same name written another way ({@link Titles#nameVariant}: "Steve Zaillian" for Moneyball is the
	 * Academy's Steven Zaillian); none where two are.
	 */
	private static Long variant(String name, Set<Long> films, Map<Long, Set<Long>> peopleOf,
			Map<Long, String> namesById) {
		Long found = null;
		for (Long film : films) {
			for (Long person : peopleOf.getOrDefault(film, Set.of())) {
				if (!person.equals(found) && Titles.nameVariant(name, namesById.get(person))) {
					if (found != null) {
						return null;
					}
					found = person;
				}
			}
		}
		return found;
	}

	private static Map<String, Integer> firstYears(List<AwardEntry> rows, String prefix) {
		Map<String, Integer> years = new HashMap<>();
		for (AwardEntry row : rows) {
			for (Credit nominee : row.nominees()) {
				if (isImdbId(nominee.imdbId(), prefix)) {
					years.putIfAbsent(nominee.imdbId(), row.filmYear());
				}
			}
		}
		return years;
	}

	/** "Cage, Nicolas"; "Broyles, William, Jr.". */
	static String sortName(String name) {
		List<String> words = new ArrayList<>(List.of(SPACES.split(name.trim())));
		String suffix = null;
		if (words.size() > 2 && SUFFIXES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
			suffix = words.remove(words.size() - 1);
			int last = words.size() - 1;
			words.set(last, words.get(last).replaceAll(",$", ""));
		}
		if (words.size() < 2) {
			return name.trim();
		}
		String last = words.remove(words.size() - 1);
		return last + ", " + String.join(" ", words) + (suffix != null ? ", " + suffix : "");
	}

}
