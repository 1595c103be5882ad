package org.filmref.award.data;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.Set;
import java.util.regex.Pattern;

import org.filmref.award.OfficialNames;
import org.filmref.award.data.AcademyAwardsFile.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the Academy Awards data set into the award tables, on H2 and PostgreSQL, as an upsert keyed by IMDb ids: a
 * film, person or company already in the database (a curated row with its IMDb id) is used, never duplicated; a
 * ceremony by its edition, a category by its canonical name, a category at a ceremony by both, and a nomination by
 * what it names (its films and nominees) within its category at its ceremony — so the curated nominations keep their
 * rows, references and notes, and loading the same file again changes nothing. A later file (the next ceremony, a
 * correction) is loaded by a new migration calling {@link #load} with the new file.
 * <p>
 * Speed matters, since in-memory H2 runs this at every start: the existing rows are read once per table, new ids are
 * assigned here (identities are moved past them at the end) and everything is written in JDBC batches.
 */
public final class AcademyAwardsLoader {

	private static final Logger log = LoggerFactory.getLogger(AcademyAwardsLoader.class);

	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	private static final String AWARD = "academy-awards";

	private static final int BATCH = 2_000;

	private final Connection connection;

	private long awardId;

	private AcademyAwardsLoader(Connection connection) {
		this.connection = connection;
	}

	/** Loads the data set at the class-path location {@code resource} (e.g. db/data/oscar-data/oscars.csv). */
	public static void load(Connection connection, String resource) throws SQLException {
		long start = System.nanoTime();
		long cpu = CPU.getCurrentThreadCpuTime();
		List<Row> rows = AcademyAwardsFile.read(resource);
		Counts counts = new AcademyAwardsLoader(connection).load(rows);
		log.info("Loaded {} Academy Award nominations from {} in {} ms, {} ms of CPU ({})", rows.size(), resource,
				(System.nanoTime() - start) / 1_000_000, (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000, counts);
	}

	/** What a load wrote. */
	record Counts(int ceremonies, int categories, int films, int people, int companies, int nominationsAdded,
			int nominationsMatched) {
	}

	private Counts load(List<Row> rows) throws SQLException {
		awardId = single("SELECT id FROM award WHERE slug = '" + AWARD + "'");
		Map<Integer, Long> ceremonies = ceremonies(rows);
		Map<String, Long> categories = categories(rows);
		Map<String, Long> ceremonyCategories = ceremonyCategories(rows, ceremonies, categories);
		Identities films = films(rows);
		Identities people = people(rows);
		Identities companies = companies(rows);
		int[] nominations = nominations(rows, ceremonies, categories, ceremonyCategories, films, people, companies);
		for (String table : List.of("ceremony", "award_category", "ceremony_category", "film", "person", "company",
				"nomination")) {
			long next = single("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
			try (Statement statement = connection.createStatement()) {
				statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
			}
		}
		return new Counts(ceremonies.size(), categories.size(), films.added, people.added, companies.added,
				nominations[0], nominations[1]);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Ceremonies, categories, categories at ceremonies
	// ---------------------------------------------------------------------------------------------------------------

	private Map<Integer, Long> ceremonies(List<Row> rows) throws SQLException {
		Map<Integer, Long> ids = new HashMap<>();
		query("SELECT id, edition FROM ceremony WHERE award_id = " + awardId, rs -> ids.put(rs.getInt(2), rs.getLong(1)));
		Map<Integer, Row> firstRows = new LinkedHashMap<>();
		rows.forEach(row -> firstRows.putIfAbsent(row.ceremony(), row));
		long next = single("SELECT COALESCE(MAX(id), 0) + 1 FROM ceremony");
		Inserts insert = new Inserts("ceremony", "id:long", "award_id:long", "edition:int", "name:text",
				"ceremony_year:int", "film_year:int", "film_years:text");
		try (PreparedStatement update = connection
			.prepareStatement("UPDATE ceremony SET film_years = ? WHERE id = ?")) {
			for (Row row : firstRows.values()) {
				Long id = ids.get(row.ceremony());
				if (id != null) {
					update.setString(1, row.year());
					update.setLong(2, id);
					update.addBatch();
					continue;
				}
				id = next++;
				ids.put(row.ceremony(), id);
				// The data set gives the films' year(s), not the ceremony's date: the ceremony is addressed by the
				// year after the films honoured (1929 for the films of 1927/28).
				insert.add(id, awardId, row.ceremony(), ordinal(row.ceremony()) + " Academy Awards", row.lastYear() + 1,
						row.firstYear(), row.year());
			}
			insert.write();
			update.executeBatch();
		}
		return ids;
	}

	private Map<String, Long> categories(List<Row> rows) throws SQLException {
		Map<String, Long> ids = new HashMap<>();
		Set<String> slugs = new HashSet<>();
		int[] position = { 0 };
		query("SELECT id, canonical_name, slug, position FROM award_category WHERE award_id = " + awardId, rs -> {
			if (rs.getString(2) != null) {
				ids.put(rs.getString(2), rs.getLong(1));
			}
			slugs.add(rs.getString(3));
			position[0] = Math.max(position[0], rs.getInt(4));
		});
		long next = single("SELECT COALESCE(MAX(id), 0) + 1 FROM award_category");
		Inserts insert = new Inserts("award_category", "id:long", "award_id:long", "slug:text", "name:text",
				"canonical_name:text", "category_class:text", "position:int");
		{
			for (Row row : rows) {
				if (ids.containsKey(row.canonicalCategory())) {
					continue;
				}
				// A category new to the data set: a readable name from its canonical name, to be edited by a migration.
				String name = "Best " + OfficialNames.readable(row.canonicalCategory());
				long id = next++;
				ids.put(row.canonicalCategory(), id);
				insert.add(id, awardId, unique(slug(name), null, slugs), name, row.canonicalCategory(),
						row.categoryClass(), ++position[0]);
			}
			insert.write();
		}
		return ids;
	}

	private Map<String, Long> ceremonyCategories(List<Row> rows, Map<Integer, Long> ceremonies,
			Map<String, Long> categories) throws SQLException {
		Map<String, Long> ids = new HashMap<>();
		query("""
				SELECT cc.id, cc.ceremony_id, cc.category_id FROM ceremony_category cc
				JOIN ceremony c ON c.id = cc.ceremony_id WHERE c.award_id = """ + awardId,
				rs -> ids.put(rs.getLong(2) + "/" + rs.getLong(3), rs.getLong(1)));
		long next = single("SELECT COALESCE(MAX(id), 0) + 1 FROM ceremony_category");
		Map<String, Row> firstRows = new LinkedHashMap<>();
		rows.forEach(row -> firstRows.putIfAbsent(row.ceremony() + "/" + row.category(), row));
		Map<Integer, Integer> positions = new HashMap<>();
		Inserts insert = new Inserts("ceremony_category", "id:long", "ceremony_id:long", "category_id:long",
				"position:int", "official_name:text", "field_complete:bool");
		try (PreparedStatement update = connection.prepareStatement(
						"UPDATE ceremony_category SET position = ?, official_name = ?, field_complete = TRUE WHERE id = ?")) {
			for (Row row : firstRows.values()) {
				long ceremony = ceremonies.get(row.ceremony());
				long category = categories.get(row.canonicalCategory());
				int position = positions.merge(row.ceremony(), 1, Integer::sum);
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
	// Films, people, companies: by IMDb id
	// ---------------------------------------------------------------------------------------------------------------

	/** Database ids by IMDb id, and how many rows this load added. */
	private static final class Identities {

		final Map<String, Long> ids = new HashMap<>();

		int added;

	}

	private Identities films(List<Row> rows) throws SQLException {
		Identities films = new Identities();
		Set<String> slugs = new HashSet<>();
		query("SELECT id, imdb_id, slug FROM film", rs -> {
			if (rs.getString(2) != null) {
				films.ids.put(rs.getString(2), rs.getLong(1));
			}
			slugs.add(rs.getString(3));
		});
		// Each new film under its latest title, in the order the file first names it (which fixes its slug).
		Map<String, String> titles = new LinkedHashMap<>();
		Map<String, Integer> years = new HashMap<>();
		for (Row row : rows) {
			for (int i = 0; i < row.filmIds().size(); i++) {
				String id = row.filmIds().get(i);
				if (isImdbId(id, "tt") && !films.ids.containsKey(id)) {
					titles.put(id, row.films().get(i));
					years.putIfAbsent(id, row.firstYear());
				}
			}
		}
		long next = single("SELECT COALESCE(MAX(id), 0) + 1 FROM film");
		Inserts insert = new Inserts("film", "id:long", "slug:text", "title:text", "imdb_id:text", "has_page:bool");
		{
			for (Map.Entry<String, String> film : titles.entrySet()) {
				long id = next++;
				films.ids.put(film.getKey(), id);
				String base = slug(film.getValue()) + "-" + years.get(film.getKey());
				insert.add(id, unique(base, film.getKey(), slugs), film.getValue(), film.getKey(), Boolean.FALSE);
			}
			insert.write();
		}
		films.added = titles.size();
		return films;
	}

	private Identities people(List<Row> rows) throws SQLException {
		Identities people = new Identities();
		Set<String> slugs = new HashSet<>();
		query("SELECT id, imdb_id, slug FROM person", rs -> {
			if (rs.getString(2) != null) {
				people.ids.put(rs.getString(2), rs.getLong(1));
			}
			slugs.add(rs.getString(3));
		});
		Map<String, String> names = names(rows, "nm", people.ids.keySet());
		Map<String, Integer> years = firstYears(rows, "nm");
		long next = single("SELECT COALESCE(MAX(id), 0) + 1 FROM person");
		Inserts insert = new Inserts("person", "id:long", "slug:text", "name:text", "sort_name:text", "imdb_id:text",
				"has_page:bool");
		{
			for (Map.Entry<String, String> person : names.entrySet()) {
				long id = next++;
				people.ids.put(person.getKey(), id);
				String name = person.getValue();
				String slug = slug(name);
				if (slugs.contains(slug)) {
					slug = slug + "-" + years.get(person.getKey());
				}
				insert.add(id, unique(slug, person.getKey(), slugs), name, sortName(name), person.getKey(), Boolean.FALSE);
			}
			insert.write();
		}
		people.added = names.size();
		return people;
	}

	private Identities companies(List<Row> rows) throws SQLException {
		Identities companies = new Identities();
		Set<String> slugs = new HashSet<>();
		query("SELECT id, imdb_id, slug FROM company", rs -> {
			companies.ids.put(rs.getString(2), rs.getLong(1));
			slugs.add(rs.getString(3));
		});
		Map<String, String> names = names(rows, "co", companies.ids.keySet());
		long next = single("SELECT COALESCE(MAX(id), 0) + 1 FROM company");
		Inserts insert = new Inserts("company", "id:long", "slug:text", "name:text", "imdb_id:text");
		{
			for (Map.Entry<String, String> company : names.entrySet()) {
				long id = next++;
				companies.ids.put(company.getKey(), id);
				insert.add(id, unique(slug(company.getValue()), company.getKey(), slugs), company.getValue(),
						company.getKey());
			}
			insert.write();
		}
		companies.added = names.size();
		return companies;
	}

	/**
	 * The name of each new nominee with the given id prefix: the most recent spelling, preferring one not written in
	 * capitals (scientific and technical awards write names in capitals: DOUGLAS G. SHEARER), in the order the file
	 * first names them.
	 */
	private static Map<String, String> names(List<Row> rows, String prefix, Set<String> known) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Row row : rows) {
			for (int i = 0; i < row.nomineeIds().size(); i++) {
				String id = row.nomineeIds().get(i);
				String name = row.nominees().get(i);
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

	private static Map<String, Integer> firstYears(List<Row> rows, String prefix) {
		Map<String, Integer> years = new HashMap<>();
		for (Row row : rows) {
			for (String id : row.nomineeIds()) {
				if (isImdbId(id, prefix)) {
					years.putIfAbsent(id, row.firstYear());
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

	private int[] nominations(List<Row> rows, Map<Integer, Long> ceremonies, Map<String, Long> categories,
			Map<String, Long> ceremonyCategories, Identities films, Identities people, Identities companies)
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
				PreparedStatement clearFilms = connection
					.prepareStatement("DELETE FROM nomination_film WHERE nomination_id = ?");
				PreparedStatement clearNominees = connection
					.prepareStatement("DELETE FROM nomination_nominee WHERE nomination_id = ?")) {
			for (Row row : rows) {
				long ceremonyCategory = ceremonyCategories
					.get(ceremonies.get(row.ceremony()) + "/" + categories.get(row.canonicalCategory()));
				int position = positions.merge(ceremonyCategory + "", 1, Integer::sum);
				List<String> filmKeys = new ArrayList<>();
				List<Object[]> filmArgs = new ArrayList<>();
				List<Object[]> nomineeArgs = new ArrayList<>();
				Long firstFilm = null;
				for (int i = 0; i < row.films().size(); i++) {
					String imdb = i < row.filmIds().size() ? row.filmIds().get(i) : null;
					Long filmId = isImdbId(imdb, "tt") ? films.ids.get(imdb) : null;
					if (i == 0) {
						firstFilm = filmId;
					}
					filmKeys.add(filmId != null ? filmId.toString() : row.films().get(i));
					filmArgs.add(filmRows.add(null, i + 1, filmId, row.films().get(i),
							row.details().isEmpty() ? null : blankToNull(row.details().get(i))));
				}
				List<String> nomineeKeys = new ArrayList<>();
				for (int i = 0; i < row.nominees().size(); i++) {
					String imdb = i < row.nomineeIds().size() ? row.nomineeIds().get(i) : null;
					Long person = isImdbId(imdb, "nm") ? people.ids.get(imdb) : null;
					Long company = isImdbId(imdb, "co") ? companies.ids.get(imdb) : null;
					String credited = row.nominees().get(i);
					if (credited.isEmpty() && person == null && company == null) {
						continue;
					}
					nomineeKeys.add(person != null ? "p" + person : company != null ? "c" + company : credited);
					nomineeArgs.add(nomineeRows.add(null, nomineeArgs.size() + 1, person, company, credited));
				}
				String detail = row.films().size() > 1 ? null : row.detail();
				Long id = match(bySignature, byFilms, matched, ceremonyCategory, filmKeys, nomineeKeys);
				if (id != null) {
					update.setObject(1, firstFilm, Types.BIGINT);
					update.setBoolean(2, row.won());
					update.setInt(3, position);
					update.setString(4, row.name());
					update.setString(5, detail);
					update.setString(6, row.note());
					update.setString(7, row.citation());
					update.setLong(8, id);
					update.addBatch();
					clearFilms.setLong(1, id);
					clearFilms.addBatch();
					clearNominees.setLong(1, id);
					clearNominees.addBatch();
				}
				else {
					id = next++;
					added++;
					insert.add(id, ceremonyCategory, firstFilm, row.won(), position, row.name(), detail, row.note(),
							row.citation());
				}
				for (Object[] args : filmArgs) {
					args[0] = id;
				}
				for (Object[] args : nomineeArgs) {
					args[0] = id;
				}
			}
			update.executeBatch();
			clearFilms.executeBatch();
			clearNominees.executeBatch();
			insert.write();
			filmRows.write();
			nomineeRows.write();
		}
		int unmatched = existing.size() - matched.size();
		if (unmatched > 0) {
			log.warn("{} Academy Award nominations in the database are not in the data set; they were left as they are",
					unmatched);
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

	private static String ordinal(int n) {
		int mod100 = n % 100;
		String suffix = (mod100 >= 11 && mod100 <= 13) ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

	private static boolean isImdbId(String id, String prefix) {
		return id != null && id.startsWith(prefix) && id.length() > prefix.length();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
