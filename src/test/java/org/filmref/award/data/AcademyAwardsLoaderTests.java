package org.filmref.award.data;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader is an upsert: loading the file again over the migrated database adds and removes nothing, and the
 * identity columns are moved past the ids it assigned.
 */
class AcademyAwardsLoaderTests {

	private static final List<String> TABLES = List.of("ceremony", "award_category", "ceremony_category", "film",
			"person", "company", "nomination", "nomination_film", "nomination_nominee", "nomination_reference");

	@Test
	void loadingTheSameFileAgainChangesNothing() throws Exception {
		DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:loader_again;DB_CLOSE_DELAY=-1", "sa",
				"");
		Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(h2);
		Map<String, Long> before = counts(jdbc);
		String wording = jdbc.queryForObject("SELECT name FROM nomination WHERE id = (SELECT MAX(id) FROM nomination)",
				String.class);

		try (Connection connection = h2.getConnection()) {
			AcademyAwardsLoader.load(connection, "db/data/oscar-data/oscars.csv");
		}

		assertThat(counts(jdbc)).isEqualTo(before);
		assertThat(jdbc.queryForObject("SELECT name FROM nomination WHERE id = (SELECT MAX(id) FROM nomination)",
				String.class)).isEqualTo(wording);
		// a row inserted after the load gets a fresh id, not one the loader assigned
		jdbc.update("INSERT INTO company (slug, name, imdb_id) VALUES ('probe', 'Probe', 'co9999999')");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM company", Long.class))
			.isEqualTo(before.get("company") + 1);
	}

	private static Map<String, Long> counts(JdbcTemplate jdbc) {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
		}
		return counts;
	}

	@Test
	void namesInCapitalsAndSortNamesReadWell() {
		assertThat(AcademyAwardsLoader.sortName("William Broyles Jr.")).isEqualTo("Broyles, William, Jr.");
		assertThat(AcademyAwardsLoader.sortName("Nicolas Cage")).isEqualTo("Cage, Nicolas");
		assertThat(AcademyAwardsLoader.sortName("Cher")).isEqualTo("Cher");
		assertThat(AcademyAwardsLoader.slug("Ninotchka")).isEqualTo("ninotchka");
		assertThat(AcademyAwardsLoader.slug("Amélie & the 7 Dwarfs!")).isEqualTo("amelie-and-the-7-dwarfs");
	}

}
