package org.filmref.award.data;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.filmref.award.data.AwardEntry.Credit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.filmref.award.data.Identities.isImdbId;

/**
 * The nominations of a load: a nomination is found by what it names (its films and nominees, by id where they have
 * one, else as written) within its category at its ceremony, so curated nominations keep their rows, references and
 * notes, and loading the same file again changes nothing. Where the file wins, a matched nomination takes the file's
 * result and wording; else the curated row stands and only takes its place in the file's order.
 */
final class NominationMatching {

	private static final Logger log = LoggerFactory.getLogger(NominationMatching.class);

	/** How many nominations this load added, and how many it found in the database. */
	int added;

	int matched;

	private NominationMatching() {
	}

	/** A nomination already in the database: its category at its ceremony and what it names. */
	private record Existing(long id, long ceremonyCategory, List<String> films, List<String> nominees) {
	}

	/**
	 * Matches each row to a nomination of the database in its category at its ceremony, or adds it; where the file
	 * wins, a matched nomination takes the file's result, wording, films and nominees.
	 */
	static NominationMatching load(Jdbc jdbc, AwardImporter.Body body, long awardId, List<AwardEntry> rows,
			Ceremonies ceremonies, FilmMatching films, PersonMatching people, Identities companies)
			throws SQLException {
		Map<Long, Existing> existing = existingNominations(jdbc, awardId);
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
		long next = jdbc.nextId("nomination");
		Set<Long> matched = new HashSet<>();
		Map<String, Integer> positions = new HashMap<>();
		int added = 0;
		Jdbc.Inserts insert = jdbc.inserts("nomination", "id:long", "ceremony_category_id:long", "film_id:long", "won:bool",
				"position:int", "name:text", "detail:text", "note:text", "citation:text");
		Jdbc.Inserts filmRows = jdbc.inserts("nomination_film", "nomination_id:long", "position:int", "film_id:long",
				"title:text", "detail:text");
		Jdbc.Inserts nomineeRows = jdbc.inserts("nomination_nominee", "nomination_id:long", "position:int",
				"person_id:long", "company_id:long", "credited_as:text");
		try (PreparedStatement update = jdbc.prepare("""
						UPDATE nomination SET film_id = ?, won = ?, position = ?, name = ?, detail = ?,
						note = COALESCE(note, ?), citation = ? WHERE id = ?""");
				PreparedStatement reposition = jdbc
					.prepare("UPDATE nomination SET position = ? WHERE id = ?");
				PreparedStatement clearFilms = jdbc
					.prepare("DELETE FROM nomination_film WHERE nomination_id = ?");
				PreparedStatement clearNominees = jdbc
					.prepare("DELETE FROM nomination_nominee WHERE nomination_id = ?")) {
			for (AwardEntry row : rows) {
				long ceremonyCategory = ceremonies.ceremonyCategory(row);
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
		NominationMatching result = new NominationMatching();
		result.added = added;
		result.matched = matched.size();
		return result;
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

	private static Map<Long, Existing> existingNominations(Jdbc jdbc, long awardId) throws SQLException {
		Map<Long, Long> categories = new LinkedHashMap<>();
		jdbc.query("""
				SELECT n.id, n.ceremony_category_id FROM nomination n
				JOIN ceremony_category cc ON cc.id = n.ceremony_category_id
				JOIN ceremony c ON c.id = cc.ceremony_id WHERE c.award_id = """ + awardId,
				rs -> categories.put(rs.getLong(1), rs.getLong(2)));
		Map<Long, List<String>> films = new HashMap<>();
		Map<Long, List<String>> nominees = new HashMap<>();
		if (!categories.isEmpty()) {
			jdbc.query("SELECT nomination_id, film_id, title FROM nomination_film ORDER BY nomination_id, position", rs -> {
				long nomination = rs.getLong(1);
				if (categories.containsKey(nomination)) {
					long film = rs.getLong(2);
					films.computeIfAbsent(nomination, k -> new ArrayList<>())
						.add(rs.wasNull() ? rs.getString(3) : Long.toString(film));
				}
			});
			jdbc.query("""
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

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
