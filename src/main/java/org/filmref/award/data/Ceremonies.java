package org.filmref.award.data;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.filmref.award.data.Slugs.slug;
import static org.filmref.award.data.Slugs.unique;

/**
 * The ceremonies, categories and categories at ceremonies of a load. A ceremony is found by its edition, a category by
 * its canonical name, a category at a ceremony by both; a new one is named by the body's rules. The order of the
 * categories is the body's category rules' where it has them, else the file's; where the file wins, a category at a
 * ceremony takes the file's wording and its field is complete.
 */
final class Ceremonies {

	private final Jdbc jdbc;

	private final AwardImporter.Body body;

	private final long awardId;

	/** The body's category rules, which order its categories; null for a file that orders them itself. */
	private final CategoryRules rules;

	/** Ceremony ids by edition. */
	final Map<Integer, Long> ceremonies;

	/** Category ids by canonical name. */
	final Map<String, Long> categories;

	/** Ids of the categories at ceremonies by "ceremony id/category id". */
	final Map<String, Long> ceremonyCategories;

	private Ceremonies(Jdbc jdbc, AwardImporter.Body body, long awardId, CategoryRules rules, List<AwardEntry> rows)
			throws SQLException {
		this.jdbc = jdbc;
		this.body = body;
		this.awardId = awardId;
		this.rules = rules;
		this.ceremonies = ceremonies(rows);
		this.categories = categories(rows);
		this.ceremonyCategories = ceremonyCategories(rows, ceremonies, categories);
	}

	static Ceremonies load(Jdbc jdbc, AwardImporter.Body body, long awardId, CategoryRules rules,
			List<AwardEntry> rows) throws SQLException {
		return new Ceremonies(jdbc, body, awardId, rules, rows);
	}

	/** The id of the row's category at its ceremony. */
	long ceremonyCategory(AwardEntry row) {
		return ceremonyCategories.get(ceremonies.get(row.edition()) + "/" + categories.get(row.categoryKey()));
	}

	private Map<Integer, Long> ceremonies(List<AwardEntry> rows) throws SQLException {
		Map<Integer, Long> ids = new HashMap<>();
		jdbc.query("SELECT id, edition FROM ceremony WHERE award_id = " + awardId,
				rs -> ids.put(rs.getInt(2), rs.getLong(1)));
		Map<Integer, AwardEntry> firstRows = new LinkedHashMap<>();
		rows.forEach(row -> firstRows.putIfAbsent(row.edition(), row));
		long next = jdbc.nextId("ceremony");
		Jdbc.Inserts insert = jdbc.inserts("ceremony", "id:long", "award_id:long", "edition:int", "name:text",
				"ceremony_year:int", "film_year:int", "film_years:text");
		try (PreparedStatement update = jdbc
			.prepare("UPDATE ceremony SET film_years = COALESCE(film_years, ?) WHERE id = ?")) {
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
		jdbc.query("SELECT id, canonical_name, slug, position FROM award_category WHERE award_id = " + awardId, rs -> {
			if (rs.getString(2) != null) {
				ids.put(rs.getString(2), rs.getLong(1));
			}
			if (rs.getObject(4) == null) {
				unplaced.add(rs.getLong(1));
			}
			slugs.add(rs.getString(3));
			position[0] = Math.max(position[0], rs.getInt(4));
		});
		long next = jdbc.nextId("award_category");
		Jdbc.Inserts insert = jdbc.inserts("award_category", "id:long", "award_id:long", "slug:text", "name:text",
				"canonical_name:text", "category_class:text", "position:int");
		try (PreparedStatement place = jdbc
			.prepare("UPDATE award_category SET category_class = ?, position = ? WHERE id = ?")) {
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
		jdbc.query("""
				SELECT cc.id, cc.ceremony_id, cc.category_id FROM ceremony_category cc
				JOIN ceremony c ON c.id = cc.ceremony_id WHERE c.award_id = """ + awardId,
				rs -> ids.put(rs.getLong(2) + "/" + rs.getLong(3), rs.getLong(1)));
		long next = jdbc.nextId("ceremony_category");
		Map<String, AwardEntry> firstRows = new LinkedHashMap<>();
		rows.forEach(row -> firstRows.putIfAbsent(row.edition() + "/" + row.categoryKey(), row));
		List<AwardEntry> ordered = new ArrayList<>(firstRows.values());
		if (rules != null) {
			ordered.sort(Comparator.comparingInt(AwardEntry::edition)
				.thenComparingInt(row -> rules.position(row.categoryKey())));
		}
		Map<Integer, Integer> positions = new HashMap<>();
		Jdbc.Inserts insert = jdbc.inserts("ceremony_category", "id:long", "ceremony_id:long", "category_id:long",
				"position:int", "official_name:text", "field_complete:bool");
		String sql = body.fileWins()
				? "UPDATE ceremony_category SET position = ?, official_name = ?, field_complete = TRUE WHERE id = ?"
				: "UPDATE ceremony_category SET position = ?, official_name = COALESCE(official_name, ?) WHERE id = ?";
		try (PreparedStatement update = jdbc.prepare(sql)) {
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

}
