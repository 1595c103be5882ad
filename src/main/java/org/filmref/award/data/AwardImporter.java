package org.filmref.award.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.filmref.award.OfficialNames;
import org.filmref.award.Ordinals;
import org.filmref.award.data.AwardEntry.Credit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way award data gets into the database: loads the {@link AwardEntry} rows of one award body (each data file
 * has a converter into that form) into the award tables, on H2 and PostgreSQL, as an upsert. What it does for a
 * body is data: {@code db/data/<body>/award.properties} names the award, how its ceremonies are named, how a new
 * category is named, and whether the file or the site's curated rows win where both have a nomination.
 * <p>
 * Identity: a film, person or company with an IMDb id is found by it. A film without one (scraped data names films
 * by title only) is the site's film of the same title (read the right way round, compared without case, accents or a
 * leading article) whose year is within one of the nomination's; a person without one is the site's person of the
 * same name who is credited with a film this file credits them with (the film is the evidence). Without evidence a
 * new page is made rather than a wrong merge; {@code db/data/matching-overrides.tsv} decides where names mislead.
 * A ceremony is found by its edition, a category by its canonical name, a category at a ceremony by both, and a
 * nomination by what it names (its films and nominees) within its category at its ceremony — so curated
 * nominations keep their rows, references and notes, and loading the same file again changes nothing.
 * <p>
 * Speed matters, since in-memory H2 runs this at every start: the existing rows are read once per table, new ids are
 * assigned here (identities are moved past them at the end) and everything is written in JDBC batches.
 */
public final class AwardImporter {

	private static final Logger log = LoggerFactory.getLogger(AwardImporter.class);

	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	public static final String OVERRIDES = "db/data/matching-overrides.tsv";

	/**
	 * Bumped whenever the rules for matching names and titles change what a load of a file without ids produces; part
	 * of the checksums of the migrations that match names.
	 */
	public static final int MATCHING = 4;

	private final Connection connection;

	private final Body body;

	private long awardId;

	/** The body's category rules, which order its categories; null for a file that orders them itself. */
	private CategoryRules rules;

	private AwardImporter(Connection connection, Body body) {
		this.connection = connection;
		this.body = body;
	}

	/**
	 * How an award body's data is loaded, read from its {@code award.properties}: {@code award} (the award's slug),
	 * {@code ceremony-name} ("{ordinal} Academy Awards"), {@code category-name} ("Best {readable}": a new category's
	 * name from its canonical name; "{name}" keeps it), {@code file-wins} (true: a nomination the file and the
	 * database both have takes the file's result and wording; false: the curated row stands), {@code match-names} (true:
	 * a film or person the file names without an IMDb id is matched by title or name; false: a file with ids shows
	 * such a name as written, without a page).
	 */
	public record Body(String award, String ceremonyName, String categoryName, boolean fileWins, boolean matchNames) {

		public static Body read(String resource) {
			Properties properties = new Properties();
			try (InputStream in = DataFiles.open(resource)) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new Body(properties.getProperty("award"), properties.getProperty("ceremony-name"),
					properties.getProperty("category-name"),
					Boolean.parseBoolean(properties.getProperty("file-wins", "false")),
					Boolean.parseBoolean(properties.getProperty("match-names", "true")));
		}

		String ceremony(int edition) {
			return ceremonyName.replace("{ordinal}", Ordinals.of(edition));
		}

		String category(String canonical) {
			return categoryName.replace("{readable}", OfficialNames.readable(canonical)).replace("{name}", canonical);
		}

	}

	/** Loads the entries of one award body, converted from the file at {@code resource} (named in the log). */
	public static Counts load(Connection connection, Body body, String resource, List<AwardEntry> entries,
			CategoryRules rules) throws SQLException {
		long start = System.nanoTime();
		long cpu = CPU.getCurrentThreadCpuTime();
		AwardImporter importer = new AwardImporter(connection, body);
		importer.rules = rules;
		Counts counts = importer.load(entries);
		log.info("Loaded {} {} nominations from {} in {} ms, {} ms of CPU ({})", entries.size(), body.award(),
				resource, (System.nanoTime() - start) / 1_000_000, (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000,
				counts);
		return counts;
	}

	/** What a load wrote, and how the names without ids were matched. */
	public record Counts(int ceremonies, int categories, int films, int filmsMatched, int people, int peopleMatched,
			int peopleMatchedByCareer, int companies, int nominationsAdded, int nominationsMatched) {
	}

	private Counts load(List<AwardEntry> rows) throws SQLException {
		awardId = single("SELECT id FROM award WHERE slug = '" + body.award() + "'");
		Map<Integer, Long> ceremonies = ceremonies(rows);
		Map<String, Long> categories = categories(rows);
		Map<String, Long> ceremonyCategories = ceremonyCategories(rows, ceremonies, categories);
		Overrides overrides = Overrides.read(OVERRIDES, body.award());
		Films films = films(rows, overrides);
		People people = people(rows, films, overrides);
		Identities companies = companies(rows);
		int[] nominations = nominations(rows, ceremonies, categories, ceremonyCategories, films, people, companies);
		for (String table : List.of("ceremony", "award_category", "ceremony_category", "film", "person", "company",
				"nomination")) {
			long next = single("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
			try (Statement statement = connection.createStatement()) {
				statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
			}
		}
		return new Counts(ceremonies.size(), categories.size(), films.added, films.matched, people.added,
				people.matched, people.matchedByCareer, companies.added, nominations[0], nominations[1]);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Ceremonies, categories, categories at ceremonies
	// ---------------------------------------------------------------------------------------------------------------

	private Map<Integer, Long> ceremonies(List<AwardEntry> rows) throws SQLException {
		Map<Integer, Long> ids = new HashMap<>();
		query("SELECT id, edition FROM ceremony WHERE award_id = " + awardId, rs -> ids.put(rs.getInt(2), rs.getLong(1)));
		Map<Integer, AwardEntry> firstRows = new LinkedHashMap<>();
		rows.forEach(row -> firstRows.putIfAbsent(row.edition(), row));
		long next = single("SELECT COALESCE(MAX(id), 0) + 1 FROM ceremony");
		Inserts insert = new Inserts("ceremony", "id:long", "award_id:long", "edition:int", "name:text",
				"ceremony_year:int", "film_year:int", "film_years:text");
		try (PreparedStatement update = connection
			.prepareStatement("UPDATE ceremony SET film_years = COALESCE(film_years, ?) WHERE id = ?")) {
			for (AwardEntry row : firstRows.values()) {
				Long id = ids.get(row.edition());
				if (id != null) {
					update.setString(1, row.filmYears());
					update.setLong(2, id);
					update.addBatch();
					continue;
				}
				id = next++;
				ids.put(row.edition(), id);
				insert.add(id, awardId, row.edition(), body.ceremony(row.edition()), row.ceremonyYear(),
						row.filmYear(), row.filmYears());
			}
			insert.write();
			update.executeBatch();
		}
		return ids;
	}

	private Map<String, Long> categories(List<AwardEntry> rows) throws SQLException {
		Map<String, Long> ids = new HashMap<>();
		Set<String> slugs = new HashSet<>();
		int[] position = { 0 };
		Set<Long> unplaced = new HashSet<>();
		query("SELECT id, canonical_name, slug, position FROM award_category WHERE award_id = " + awardId, rs -> {
			if (rs.getString(2) != null) {
				ids.put(rs.getString(2), rs.getLong(1));
			}
			if (rs.getObject(4) == null) {
				unplaced.add(rs.getLong(1));
			}
			slugs.add(rs.getString(3));
			position[0] = Math.max(position[0], rs.getInt(4));
		});
		long next = single("SELECT COALESCE(MAX(id), 0) + 1 FROM award_category");
		Inserts insert = new Inserts("award_category", "id:long", "award_id:long", "slug:text", "name:text",
				"canonical_name:text", "category_class:text", "position:int");
		try (PreparedStatement place = connection
			.prepareStatement("UPDATE award_category SET category_class = ?, position = ? WHERE id = ?")) {
			for (AwardEntry row : rows) {
				Long existing = ids.get(row.categoryKey());
				if (existing != null) {
					if (unplaced.remove(existing)) {
						place.setString(1, row.categoryClass());
						place.setInt(2, rules != null ? rules.position(row.categoryKey()) : ++position[0]);
						place.setLong(3, existing);
						place.addBatch();
					}
					continue;
				}
				String name = body.category(row.categoryKey());
				long id = next++;
				ids.put(row.categoryKey(), id);
				insert.add(id, awardId, unique(slug(name), null, slugs), name, row.categoryKey(), row.categoryClass(),
						rules != null ? rules.position(row.categoryKey()) : ++position[0]);
			}
			insert.write();
			place.executeBatch();
		}
		return ids;
	}

	private Map<String, Long> ceremonyCategories(List<AwardEntry> rows, Map<Integer, Long> ceremonies,
			Map<String, Long> categories) throws SQLException {
		Map<String, Long> ids = new HashMap<>();
		query("""
				SELECT cc.id, cc.ceremony_id, cc.category_id FROM ceremony_category cc
				JOIN ceremony c ON c.id = cc.ceremony_id WHERE c.award_id = """ + awardId,
				rs -> ids.put(rs.getLong(2) + "/" + rs.getLong(3), rs.getLong(1)));
		long next = single("SELECT COALESCE(MAX(id), 0) + 1 FROM ceremony_category");
		Map<String, AwardEntry> firstRows = new LinkedHashMap<>();
		rows.forEach(row -> firstRows.putIfAbsent(row.edition() + "/" + row.categoryKey(), row));
		List<AwardEntry> ordered = new ArrayList<>(firstRows.values());
		if (rules != null) {
			ordered.sort(java.util.Comparator.comparingInt(AwardEntry::edition)
				.thenComparingInt(row -> rules.position(row.categoryKey())));
		}
		Map<Integer, Integer> positions = new HashMap<>();
		Inserts insert = new Inserts("ceremony_category", "id:long", "ceremony_id:long", "category_id:long",
				"position:int", "official_name:text", "field_complete:bool");
		String sql = body.fileWins()
				? "UPDATE ceremony_category SET position = ?, official_name = ?, field_complete = TRUE WHERE id = ?"
				: "UPDATE ceremony_category SET position = ?, official_name = COALESCE(official_name, ?) WHERE id = ?";
		try (PreparedStatement update = connection.prepareStatement(sql)) {
			for (AwardEntry row : ordered) {
				long ceremony = ceremonies.get(row.edition());
				long category = categories.get(row.categoryKey());
				int position = positions.merge(row.edition(), 1, Integer::sum);
				String key = ceremony + "/" + category;
				Long id = ids.get(key);
				if (id != null) {
					update.setInt(1, position);
					update.setString(2, row.category());
					update.setLong(3, id);
					update.addBatch();
					continue;
				}
				id = next++;
				ids.put(key, id);
				insert.add(id, ceremony, category, position, row.category(), Boolean.TRUE);
			}
			insert.write();
			update.executeBatch();
		}
		return ids;
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Films: by IMDb id, else by title and year
	// ---------------------------------------------------------------------------------------------------------------

	/** Database ids by IMDb id, and how many rows this load added. */
	private static final class Identities {

		final Map<String, Long> ids = new HashMap<>();

		int added;

	}

	/** A film on the site as the matching sees it. */
	private record KnownFilm(long id, String title, Integer year) {
	}

	/** The films of a load: by IMDb id, and by the title and year of each entry film without one. */
	private static final class Films {

		final Identities byImdb = new Identities();

		final Map<String, KnownFilm> byTitleAndYear = new HashMap<>();

		final Map<Long, String> titles = new HashMap<>();

		int added;

		int matched;

		Long id(Credit film, int year) {
			if (isImdbId(film.imdbId(), "tt")) {
				return byImdb.ids.get(film.imdbId());
			}
			KnownFilm known = byTitleAndYear.get(Titles.titleKey(film.name()) + "|" + year);
			return known == null ? null : known.id();
		}

	}

	private Films films(List<AwardEntry> rows, Overrides overrides) throws SQLException {
		Films films = new Films();
		Set<String> slugs = new HashSet<>();
		Map<String, Long> bySlug = new HashMap<>();
		Map<Long, Integer> years = new HashMap<>();
		query("""
				SELECT nf.film_id, MIN(c.film_year) FROM nomination_film nf
				JOIN nomination n ON n.id = nf.nomination_id JOIN ceremony_category cc ON cc.id = n.ceremony_category_id
				JOIN ceremony c ON c.id = cc.ceremony_id WHERE nf.film_id IS NOT NULL GROUP BY nf.film_id""",
				rs -> years.put(rs.getLong(1), rs.getInt(2)));
		Map<String, List<KnownFilm>> byKey = new HashMap<>();
		Map<String, List<KnownFilm>> byShortKey = new HashMap<>();
		query("SELECT id, imdb_id, slug, title, release_year FROM film", rs -> {
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
		FilmEvidence evidence = body.matchNames() ? filmEvidence() : null;
		long next = single("SELECT COALESCE(MAX(id), 0) + 1 FROM film");
		Inserts insert = new Inserts("film", "id:long", "slug:text", "title:text", "imdb_id:text", "has_page:bool",
				"release_year:int");
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

	/** How far apart in years a film's nominations under one title may be, with a nominee in common. */
	private static final int SAME_TITLE_YEARS = 3;

	/**
	 * The people credited with each film on the site (nominations and credits) and the years of its nominations: a
	 * film named without an id whose title no film of the site has within a year (the rules of {@link #match}) is the
	 * site's film that a nominee of its rows is credited with, when that film has the same title within
	 * {@value #SAME_TITLE_YEARS} years (a foreign-language film honoured by one body a year or two after another, a
	 * series of shorts honoured year after year), or, within a year, a title that holds the other's words ("The
	 * Grinch" and "Dr. Seuss' How the Grinch Stole Christmas", "Goodbye, Children" and "Au Revoir les Enfants
	 * (Goodbye, Children)") or differs from it by a spelling ("Prizzi's Honour", "Three Colours: Red", "French
	 * Connection 2" and "II") but not by a number ("Kill Bill (Vol. 1)" and "(Vol. 2)"). Where two films fit, neither
	 * is taken. Without a nominee in common two films of one title stay two: Saura's and Rosi's Carmen.
	 */
	private static final class FilmEvidence {

		final Map<Long, Set<String>> namesOf = new HashMap<>();

		final Map<Long, Set<Integer>> yearsOf = new HashMap<>();

		final Map<String, Set<Long>> filmsNamed = new HashMap<>();

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

	private FilmEvidence filmEvidence() throws SQLException {
		FilmEvidence evidence = new FilmEvidence();
		query("""
				SELECT nf.film_id, p.name, c.film_year FROM nomination_film nf
				JOIN nomination n ON n.id = nf.nomination_id JOIN ceremony_category cc ON cc.id = n.ceremony_category_id
				JOIN ceremony c ON c.id = cc.ceremony_id
				LEFT JOIN nomination_nominee nn ON nn.nomination_id = n.id LEFT JOIN person p ON p.id = nn.person_id
				WHERE nf.film_id IS NOT NULL""",
				rs -> evidence.add(rs.getLong(1), (Integer) rs.getObject(3),
						rs.getString(2) == null ? Set.of() : Set.of(Titles.nameKey(rs.getString(2)))));
		query("SELECT c.film_id, p.name, f.release_year FROM credit c JOIN person p ON p.id = c.person_id "
				+ "JOIN film f ON f.id = c.film_id", rs -> evidence.add(rs.getLong(1), (Integer) rs.getObject(3),
						Set.of(Titles.nameKey(rs.getString(2)))));
		return evidence;
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

	// ---------------------------------------------------------------------------------------------------------------
	// People: by IMDb id, else by name with a film as evidence
	// ---------------------------------------------------------------------------------------------------------------

	/** The people of a load: by IMDb id, and by the key of each name without one. */
	private static final class People {

		final Identities byImdb = new Identities();

		/** The people of each row's nominees without ids, in the order of its nominees. */
		final Map<AwardEntry, Long[]> byRow = new java.util.IdentityHashMap<>();

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

	}

	private People people(List<AwardEntry> rows, Films films, Overrides overrides) throws SQLException {
		People people = new People();
		Set<String> slugs = new HashSet<>();
		Map<String, Long> bySlug = new HashMap<>();
		Map<String, List<Long>> byKey = new HashMap<>();
		Map<Long, String> namesById = new HashMap<>();
		query("SELECT id, imdb_id, slug, name FROM person", rs -> {
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
			query("""
					SELECT nn.person_id, nf.film_id FROM nomination_nominee nn
					JOIN nomination_film nf ON nf.nomination_id = nn.nomination_id
					WHERE nn.person_id IS NOT NULL AND nf.film_id IS NOT NULL""",
					rs -> filmsOf.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2)));
			query("SELECT person_id, film_id FROM credit",
					rs -> filmsOf.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2)));
			query("""
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
		Map<String, String> names = names(rows, "nm", people.byImdb.ids.keySet());
		Map<String, Integer> years = firstYears(rows, "nm");
		long next = single("SELECT COALESCE(MAX(id), 0) + 1 FROM person");
		Inserts insert = new Inserts("person", "id:long", "slug:text", "name:text", "sort_name:text", "imdb_id:text",
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
		Map<AwardEntry, Set<Long>> filmsOfRow = new java.util.IdentityHashMap<>();
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

	/** A nomination's kind of work (its category's class: Acting, Directing, Music…) and the films' year. */
	private record Work(String categoryClass, int year) {
	}

	/** How far apart in years two nominations of the same kind of work may be to tell the same career. */
	private static final int CAREER_YEARS = 25;

	/**
	 * Where no shared film tells, the career does: the only one of the site's people of that name nominated for the
	 * same kind of work (acting, directing, music…; an honorary award fits any) within {@value #CAREER_YEARS} years of one of this file's
	 * nominations of the name (the same kind of work first, then an honorary award on either side). Two people who
	 * share a name in different trades or eras stay apart; where two of the site's people fit, neither is taken.
	 */
	private static Long sameCareer(List<Long> candidates, Set<Work> works, Map<Long, Set<Work>> careerOf) {
		List<Long> same = new ArrayList<>();
		List<Long> honoured = new ArrayList<>();
		for (Long candidate : candidates) {
			boolean sameKind = false;
			boolean anyKind = false;
			for (Work theirs : careerOf.getOrDefault(candidate, Set.of())) {
				for (Work ours : works) {
					if (Math.abs(theirs.year() - ours.year()) <= CAREER_YEARS) {
						sameKind |= theirs.categoryClass().equals(ours.categoryClass());
						anyKind |= sameWork(theirs.categoryClass(), ours.categoryClass());
					}
				}
			}
			if (sameKind) {
				same.add(candidate);
			}
			else if (anyKind) {
				honoured.add(candidate);
			}
		}
		if (same.size() == 1) {
			return same.get(0);
		}
		return same.isEmpty() && honoured.size() == 1 ? honoured.get(0) : null;
	}

	/** How far apart two nominations in one trade may be to tell one career, where the site has one person of the name. */
	private static final int TRADE_YEARS = 60;

	/** How far apart two nominations in neighbouring trades (an actor who directs, a cinematographer who directs) may be. */
	private static final int NEIGHBOUR_YEARS = 40;

	/**
	 * The last test before a new page: where the site has one person of the name, a nomination is theirs when it is in
	 * the same trade as one of theirs within {@value #TRADE_YEARS} years (a career: Hume Cronyn's nominations are 52
	 * years apart), or in a neighbouring trade within {@value #NEIGHBOUR_YEARS} (film-making, acting and music border
	 * each other; film-making and the crafts; the crafts and science). An actor and a visual-effects artist of one
	 * name stay two; the reviewed exceptions are in the overrides.
	 */
	private static boolean oneCareer(Set<Work> theirs, Work ours) {
		String trade = trade(ours.categoryClass());
		if (trade == null) {
			return false;
		}
		for (Work work : theirs) {
			String other = trade(work.categoryClass());
			if (other == null) {
				continue;
			}
			int years = Math.abs(work.year() - ours.year());
			if ((trade.equals(other) || trade.equals("honorary") || other.equals("honorary")) && years <= TRADE_YEARS) {
				return true;
			}
			if (NEIGHBOURS.contains(Set.of(trade, other)) && years <= NEIGHBOUR_YEARS) {
				return true;
			}
		}
		return false;
	}

	private static final Set<Set<String>> NEIGHBOURS = Set.of(Set.of("film-making", "acting"),
			Set.of("film-making", "music"), Set.of("acting", "music"), Set.of("film-making", "craft"),
			Set.of("craft", "science"));

	/** A category class's trade: the film, its direction and writing are film-making; production design and the rest crafts. */
	private static String trade(String categoryClass) {
		if (categoryClass == null) {
			return null;
		}
		return switch (categoryClass) {
			case "Title", "Directing", "Writing" -> "film-making";
			case "Acting" -> "acting";
			case "Music" -> "music";
			case "Production" -> "craft";
			case "SciTech" -> "science";
			case "Special" -> "honorary";
			default -> null;
		};
	}

	/** The same kind of work; an honorary award (class Special) honours a career of any kind. */
	private static boolean sameWork(String one, String other) {
		return one.equals(other) || "Special".equals(one) || "Special".equals(other);
	}

	private Identities companies(List<AwardEntry> rows) throws SQLException {
		Identities companies = new Identities();
		Set<String> slugs = new HashSet<>();
		query("SELECT id, imdb_id, slug FROM company", rs -> {
			companies.ids.put(rs.getString(2), rs.getLong(1));
			slugs.add(rs.getString(3));
		});
		Map<String, String> names = names(rows, "co", companies.ids.keySet());
		long next = single("SELECT COALESCE(MAX(id), 0) + 1 FROM company");
		Inserts insert = new Inserts("company", "id:long", "slug:text", "name:text", "imdb_id:text");
		for (Map.Entry<String, String> company : names.entrySet()) {
			long id = next++;
			companies.ids.put(company.getKey(), id);
			insert.add(id, unique(slug(company.getValue()), company.getKey(), slugs), company.getValue(),
					company.getKey());
		}
		insert.write();
		companies.added = names.size();
		return companies;
	}

	/**
	 * The name of each new nominee with the given id prefix: the most recent spelling, preferring one not written in
	 * capitals (the Academy's scientific and technical rows write some in capitals: DOUGLAS G. SHEARER), in the order
	 * the file first names them.
	 */
	private static Map<String, String> names(List<AwardEntry> rows, String prefix, Set<String> known) {
		Map<String, String> names = new LinkedHashMap<>();
		for (AwardEntry row : rows) {
			for (Credit nominee : row.nominees()) {
				String id = nominee.imdbId();
				String name = nominee.name();
				if (!isImdbId(id, prefix) || known.contains(id) || name.isEmpty()) {
					continue;
				}
				String current = names.get(id);
				if (current == null || !OfficialNames.isCapitals(name) || OfficialNames.isCapitals(current)) {
					names.put(id, name);
				}
			}
		}
		names.replaceAll((id, name) -> OfficialNames.isCapitals(name) ? OfficialNames.titleCase(name) : name);
		return names;
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

	// ---------------------------------------------------------------------------------------------------------------
	// Nominations
	// ---------------------------------------------------------------------------------------------------------------

	/** A nomination already in the database: its category at its ceremony and what it names. */
	private record Existing(long id, long ceremonyCategory, List<String> films, List<String> nominees) {
	}

	private int[] nominations(List<AwardEntry> rows, Map<Integer, Long> ceremonies, Map<String, Long> categories,
			Map<String, Long> ceremonyCategories, Films films, People people, Identities companies)
			throws SQLException {
		Map<Long, Existing> existing = existingNominations();
		// Match by what a nomination names; then, for a curated row that names fewer nominees than the data set,
		// by its films alone when only one nomination in the category names them.
		Map<String, ArrayDeque<Long>> bySignature = new HashMap<>();
		Map<String, List<Long>> byFilms = new HashMap<>();
		for (Existing nomination : existing.values()) {
			bySignature
				.computeIfAbsent(nomination.ceremonyCategory() + "|" + nomination.films() + "|" + nomination.nominees(),
						k -> new ArrayDeque<>())
				.add(nomination.id());
			byFilms.computeIfAbsent(nomination.ceremonyCategory() + "|" + nomination.films(), k -> new ArrayList<>())
				.add(nomination.id());
		}
		long next = single("SELECT COALESCE(MAX(id), 0) + 1 FROM nomination");
		Set<Long> matched = new HashSet<>();
		Map<String, Integer> positions = new HashMap<>();
		int added = 0;
		Inserts insert = new Inserts("nomination", "id:long", "ceremony_category_id:long", "film_id:long", "won:bool",
				"position:int", "name:text", "detail:text", "note:text", "citation:text");
		Inserts filmRows = new Inserts("nomination_film", "nomination_id:long", "position:int", "film_id:long",
				"title:text", "detail:text");
		Inserts nomineeRows = new Inserts("nomination_nominee", "nomination_id:long", "position:int",
				"person_id:long", "company_id:long", "credited_as:text");
		try (PreparedStatement update = connection.prepareStatement("""
						UPDATE nomination SET film_id = ?, won = ?, position = ?, name = ?, detail = ?,
						note = COALESCE(note, ?), citation = ? WHERE id = ?""");
				PreparedStatement reposition = connection
					.prepareStatement("UPDATE nomination SET position = ? WHERE id = ?");
				PreparedStatement clearFilms = connection
					.prepareStatement("DELETE FROM nomination_film WHERE nomination_id = ?");
				PreparedStatement clearNominees = connection
					.prepareStatement("DELETE FROM nomination_nominee WHERE nomination_id = ?")) {
			for (AwardEntry row : rows) {
				long ceremonyCategory = ceremonyCategories
					.get(ceremonies.get(row.edition()) + "/" + categories.get(row.categoryKey()));
				int position = positions.merge(ceremonyCategory + "", 1, Integer::sum);
				List<String> filmKeys = new ArrayList<>();
				List<Object[]> filmArgs = new ArrayList<>();
				List<Object[]> nomineeArgs = new ArrayList<>();
				Long firstFilm = null;
				for (int i = 0; i < row.films().size(); i++) {
					Credit film = row.films().get(i);
					Long filmId = films.id(film, row.filmYear());
					if (i == 0) {
						firstFilm = filmId;
					}
					// A film found by its title is shown under the site's title for it.
					String title = filmId != null && film.imdbId() == null ? films.titles.get(filmId) : film.name();
					filmKeys.add(filmId != null ? filmId.toString() : film.name());
					filmArgs.add(new Object[] { null, i + 1, filmId, title,
							row.details().isEmpty() ? null : blankToNull(row.details().get(i)) });
				}
				List<String> nomineeKeys = new ArrayList<>();
				for (int n = 0; n < row.nominees().size(); n++) {
					Credit nominee = row.nominees().get(n);
					String imdb = nominee.imdbId();
					Long person = people.id(row, n);
					Long company = isImdbId(imdb, "co") ? companies.ids.get(imdb) : null;
					String credited = nominee.name();
					if (credited.isEmpty() && person == null && company == null) {
						continue;
					}
					nomineeKeys.add(person != null ? "p" + person : company != null ? "c" + company : credited);
					nomineeArgs.add(new Object[] { null, nomineeArgs.size() + 1, person, company, credited });
				}
				Long id = match(bySignature, byFilms, matched, ceremonyCategory, filmKeys, nomineeKeys);
				if (id != null && body.fileWins()) {
					update.setObject(1, firstFilm, Types.BIGINT);
					update.setBoolean(2, row.won());
					update.setInt(3, position);
					update.setString(4, row.name());
					update.setString(5, row.detail());
					update.setString(6, row.note());
					update.setString(7, row.citation());
					update.setLong(8, id);
					update.addBatch();
					clearFilms.setLong(1, id);
					clearFilms.addBatch();
					clearNominees.setLong(1, id);
					clearNominees.addBatch();
				}
				else if (id != null) {
					// The curated row stands as it is, with its films, nominees and sources; it takes its place in
					// the file's order.
					reposition.setInt(1, position);
					reposition.setLong(2, id);
					reposition.addBatch();
					continue;
				}
				else {
					id = next++;
					added++;
					insert.add(id, ceremonyCategory, firstFilm, row.won(), position, row.name(), row.detail(),
							row.note(), row.citation());
				}
				for (Object[] args : filmArgs) {
					args[0] = id;
					filmRows.add(args);
				}
				for (Object[] args : nomineeArgs) {
					args[0] = id;
					nomineeRows.add(args);
				}
			}
			update.executeBatch();
			reposition.executeBatch();
			clearFilms.executeBatch();
			clearNominees.executeBatch();
			insert.write();
			filmRows.write();
			nomineeRows.write();
		}
		int unmatched = existing.size() - matched.size();
		if (unmatched > 0) {
			log.warn("{} {} nominations in the database are not in the data set; they were left as they are",
					unmatched, body.award());
		}
		return new int[] { added, matched.size() };
	}

	private static Long match(Map<String, ArrayDeque<Long>> bySignature, Map<String, List<Long>> byFilms,
			Set<Long> matched, long ceremonyCategory, List<String> films, List<String> nominees) {
		ArrayDeque<Long> candidates = bySignature.get(ceremonyCategory + "|" + films + "|" + nominees);
		Long id = candidates == null ? null : candidates.poll();
		if (id == null && !films.isEmpty()) {
			List<Long> sameFilms = byFilms.getOrDefault(ceremonyCategory + "|" + films, List.of());
			if (sameFilms.size() == 1 && !matched.contains(sameFilms.get(0))) {
				id = sameFilms.get(0);
			}
		}
		if (id != null) {
			matched.add(id);
		}
		return id;
	}

	private Map<Long, Existing> existingNominations() throws SQLException {
		Map<Long, Long> categories = new LinkedHashMap<>();
		query("""
				SELECT n.id, n.ceremony_category_id FROM nomination n
				JOIN ceremony_category cc ON cc.id = n.ceremony_category_id
				JOIN ceremony c ON c.id = cc.ceremony_id WHERE c.award_id = """ + awardId,
				rs -> categories.put(rs.getLong(1), rs.getLong(2)));
		Map<Long, List<String>> films = new HashMap<>();
		Map<Long, List<String>> nominees = new HashMap<>();
		if (!categories.isEmpty()) {
			query("SELECT nomination_id, film_id, title FROM nomination_film ORDER BY nomination_id, position", rs -> {
				long nomination = rs.getLong(1);
				if (categories.containsKey(nomination)) {
					long film = rs.getLong(2);
					films.computeIfAbsent(nomination, k -> new ArrayList<>())
						.add(rs.wasNull() ? rs.getString(3) : Long.toString(film));
				}
			});
			query("""
					SELECT nomination_id, person_id, company_id, credited_as FROM nomination_nominee
					ORDER BY nomination_id, position""", rs -> {
				long nomination = rs.getLong(1);
				if (categories.containsKey(nomination)) {
					long person = rs.getLong(2);
					boolean noPerson = rs.wasNull();
					long company = rs.getLong(3);
					boolean noCompany = rs.wasNull();
					nominees.computeIfAbsent(nomination, k -> new ArrayList<>())
						.add(!noPerson ? "p" + person : !noCompany ? "c" + company : rs.getString(4));
				}
			});
		}
		Map<Long, Existing> existing = new LinkedHashMap<>();
		categories.forEach((id, category) -> existing.put(id, new Existing(id, category,
				films.getOrDefault(id, List.of()), nominees.getOrDefault(id, List.of()))));
		return existing;
	}

	// ---------------------------------------------------------------------------------------------------------------
	// JDBC
	// ---------------------------------------------------------------------------------------------------------------

	/**
	 * Rows for one table, written in multi-row INSERT statements of up to {@value #CHUNK} rows: on H2 each statement
	 * of a JDBC batch is still executed on its own, one statement per hundred rows is several times faster.
	 */
	private final class Inserts {

		private static final int CHUNK = 100;

		private final String table;

		private final String[] columns;

		private final int[] types;

		private final List<Object[]> rows = new ArrayList<>();

		/** Columns as "name:type", type one of long, int, text, bool. */
		Inserts(String table, String... columns) {
			this.table = table;
			this.columns = new String[columns.length];
			this.types = new int[columns.length];
			for (int i = 0; i < columns.length; i++) {
				String[] column = columns[i].split(":");
				this.columns[i] = column[0];
				this.types[i] = switch (column[1]) {
					case "long" -> Types.BIGINT;
					case "int" -> Types.INTEGER;
					case "bool" -> Types.BOOLEAN;
					default -> Types.VARCHAR;
				};
			}
		}

		Object[] add(Object... values) {
			rows.add(values);
			return values;
		}

		int size() {
			return rows.size();
		}

		void write() throws SQLException {
			int full = rows.size() / CHUNK;
			if (full > 0) {
				try (PreparedStatement insert = connection.prepareStatement(sql(CHUNK))) {
					for (int chunk = 0; chunk < full; chunk++) {
						bind(insert, chunk * CHUNK, CHUNK);
						insert.executeUpdate();
					}
				}
			}
			int rest = rows.size() % CHUNK;
			if (rest > 0) {
				try (PreparedStatement insert = connection.prepareStatement(sql(rest))) {
					bind(insert, full * CHUNK, rest);
					insert.executeUpdate();
				}
			}
		}

		private String sql(int count) {
			String row = "(" + String.join(", ", java.util.Collections.nCopies(columns.length, "?")) + ")";
			return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
					+ String.join(", ", java.util.Collections.nCopies(count, row));
		}

		private void bind(PreparedStatement insert, int from, int count) throws SQLException {
			int index = 1;
			for (int r = from; r < from + count; r++) {
				Object[] row = rows.get(r);
				for (int c = 0; c < columns.length; c++) {
					Object value = row[c];
					if (value == null) {
						insert.setNull(index++, types[c]);
					}
					else {
						switch (types[c]) {
							case Types.BIGINT -> insert.setLong(index++, (Long) value);
							case Types.INTEGER -> insert.setInt(index++, (Integer) value);
							case Types.BOOLEAN -> insert.setBoolean(index++, (Boolean) value);
							default -> insert.setString(index++, (String) value);
						}
					}
				}
			}
		}

	}

	private interface RowHandler {

		void handle(ResultSet rs) throws SQLException;

	}

	private void query(String sql, RowHandler handler) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				handler.handle(rs);
			}
		}
	}

	private long single(String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			if (!rs.next()) {
				throw new IllegalStateException("No row for " + sql);
			}
			return rs.getLong(1);
		}
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Names and slugs
	// ---------------------------------------------------------------------------------------------------------------

	private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Set<String> SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");

	static String slug(String text) {
		String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		String slug = NON_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", ""))
			.replaceAll("-");
		slug = EDGE_DASHES.matcher(slug).replaceAll("");
		if (slug.length() > 90) {
			slug = slug.substring(0, 90).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "untitled" : slug;
	}

	/** The slug, or with the IMDb id appended when taken; recorded as taken. */
	private static String unique(String slug, String imdbId, Set<String> taken) {
		String result = slug;
		if (taken.contains(result) && imdbId != null) {
			result = slug + "-" + imdbId;
		}
		for (int n = 2; taken.contains(result); n++) {
			result = slug + "-" + n;
		}
		taken.add(result);
		return result;
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

	private static boolean isImdbId(String id, String prefix) {
		return id != null && id.startsWith(prefix) && id.length() > prefix.length();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
