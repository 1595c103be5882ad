package org.filmref.award.data;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.filmref.award.data.Slugs.slug;
import static org.filmref.award.data.Slugs.unique;

/**
 * The companies of a load (studios, laboratories): found by IMDb id only, a new one added under its latest spelling.
 * A company named without an id is shown as written, without a row of its own.
 */
final class Companies {

	private Companies() {
	}

	static Identities load(Jdbc jdbc, List<AwardEntry> rows) throws SQLException {
		Identities companies = new Identities();
		Set<String> slugs = new HashSet<>();
		jdbc.query("SELECT id, imdb_id, slug FROM company", rs -> {
			companies.ids.put(rs.getString(2), rs.getLong(1));
			slugs.add(rs.getString(3));
		});
		Map<String, String> names = Identities.names(rows, "co", companies.ids.keySet());
		long next = jdbc.nextId("company");
		Jdbc.Inserts insert = jdbc.inserts("company", "id:long", "slug:text", "name:text", "imdb_id:text");
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

}
