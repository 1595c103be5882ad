package org.filmref.award.data;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import db.migration.V10__AcademyAwardsData;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The loader is an upsert: loading the file again over the migrated database adds and removes nothing, and the
 * identity columns are moved past the ids it assigned.
 */
class AwardImporterTests {

	private static final List<String> TABLES = List.of("ceremony", "award_category", "ceremony_category", "film",
			"person", "company", "nomination", "nomination_film", "nomination_nominee", "nomination_reference");

	/** V10's checksum is the file's alone: it holds for one version of the conversion, so a changed one fails here. */
	@Test
	void theAcademyAwardsMigrationStandsForOneVersionOfTheConversion() {
		assertThat(AcademyAwardsFile.VERSION).as("a changed conversion of oscars.csv is loaded by a new migration")
			.isEqualTo(V10__AcademyAwardsData.CONVERTER_VERSION);
		assertThat(new V10__AcademyAwardsData().getChecksum())
			.isEqualTo(DataFiles.checksum("db/data/oscar-data/oscars.csv"));
	}

	/** A new award body's data names the award row its SQL migration inserted; without it the load says so. */
	@Test
	void aBodyWithoutItsAwardRowIsRefusedWithWhatToDo() throws Exception {
		DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:loader_no_award;DB_CLOSE_DELAY=-1", "sa",
				"");
		Flyway.configure().dataSource(h2).locations("classpath:db/migration").target("1").load().migrate();
		try (Connection connection = h2.getConnection()) {
			assertThatThrownBy(() -> AwardImporter.load(connection,
					new AwardImporter.Body("no-such-awards", "{ordinal} No Such Awards", "{name}", false, true), "none",
					List.of(), null))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("No award 'no-such-awards'")
				.hasMessageContaining("SQL migration");
		}
	}

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
			AwardImporter.load(connection, AwardImporter.Body.read("db/data/oscar-data/award.properties"), "db/data/oscar-data/oscars.csv", AcademyAwardsFile.entries(AcademyAwardsFile.read("db/data/oscar-data/oscars.csv")), null);
		}

		assertThat(counts(jdbc)).isEqualTo(before);
		assertThat(jdbc.queryForObject("SELECT name FROM nomination WHERE id = (SELECT MAX(id) FROM nomination)",
				String.class)).isEqualTo(wording);
		// a row inserted after the load gets a fresh id, not one the loader assigned
		jdbc.update("INSERT INTO company (slug, name, imdb_id) VALUES ('probe', 'Probe', 'co9999999')");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM company", Long.class))
			.isEqualTo(before.get("company") + 1);
	}

	/**
	 * The file escapes quotation marks (\"); the loader reads them as quotation marks, and V11 mends a database that
	 * an earlier loader filled with the backslashes kept.
	 */
	@Test
	void quotationMarksAreReadAsTheDataSetMeansThemAndMendedInAnEarlierLoad() {
		assertThat(AcademyAwardsFile.fields("5\t\tTo Walt Disney for the creation of \\\"Mickey Mouse.\\\"\t"))
			.containsExactly("5", "", "To Walt Disney for the creation of \"Mickey Mouse.\"", "");
		assertThat(AcademyAwardsFile.fields("a\\\\b\tc")).containsExactly("a\\b", "c");

		DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:loader_escaped;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(h2).locations("classpath:db/migration").target("10").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(h2);
		String disney = "To Walt Disney for the creation of \"Mickey Mouse.\"";
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nomination WHERE citation = ?", Long.class, disney))
			.isEqualTo(1);
		// what the loader wrote before it read the escapes
		jdbc.update("UPDATE nomination SET citation = REPLACE(citation, '\"', '\\\"')");
		jdbc.update("UPDATE person SET name = REPLACE(name, '\"', '\\\"'), sort_name = REPLACE(sort_name, '\"', '\\\"')");
		jdbc.update("UPDATE nomination_nominee SET credited_as = REPLACE(credited_as, '\"', '\\\"')");
		assertThat(jdbc.queryForObject("SELECT name FROM person WHERE slug = 'barney-chick-mcgill'", String.class))
			.isEqualTo("Barney \\\"Chick\\\" McGill");

		Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nomination WHERE citation = ?", Long.class, disney))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT name FROM person WHERE slug = 'barney-chick-mcgill'", String.class))
			.isEqualTo("Barney \"Chick\" McGill");
		assertThat(jdbc.queryForObject("SELECT sort_name FROM person WHERE slug = 'barney-chick-mcgill'",
				String.class)).isEqualTo("McGill, Barney \"Chick\"");
		for (String column : List.of("person.name", "person.sort_name", "nomination.citation",
				"nomination_nominee.credited_as")) {
			String[] table = column.split("\\.");
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table[0] + " WHERE LOCATE(?, " + table[1] + ") > 0",
					Long.class, "\\")).as(column).isZero();
		}
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
		assertThat(PersonMatching.sortName("William Broyles Jr.")).isEqualTo("Broyles, William, Jr.");
		assertThat(PersonMatching.sortName("Nicolas Cage")).isEqualTo("Cage, Nicolas");
		assertThat(PersonMatching.sortName("Cher")).isEqualTo("Cher");
		assertThat(Slugs.slug("Ninotchka")).isEqualTo("ninotchka");
		assertThat(Slugs.slug("Amélie & the 7 Dwarfs!")).isEqualTo("amelie-and-the-7-dwarfs");
	}

}
