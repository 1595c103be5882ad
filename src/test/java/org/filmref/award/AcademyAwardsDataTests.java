package org.filmref.award;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.filmref.web.HtmlPage;
import org.filmref.web.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Academy Awards data set against what the site loaded and shows. The file is read here on its own, with a
 * tab-split of its own, not through the loader: a mistake in the loader cannot hide in both.
 */
@PageTest
class AcademyAwardsDataTests {

	private static final String FILE = "db/data/oscar-data/oscars.csv";

	/** One line of the file: its fields, missing trailing ones read as empty. */
	private record Line(String[] fields) {

		int ceremony() {
			return Integer.parseInt(fields[0]);
		}

		String category() {
			return fields[4];
		}

		boolean names(int column, String id) {
			return List.of(fields[column].split("\\|")).contains(id);
		}

		boolean won() {
			return "True".equals(fields[10]);
		}

	}

	private static byte[] bytes;

	private static List<Line> lines;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeAll
	static void readTheFile() throws IOException {
		try (InputStream in = AcademyAwardsDataTests.class.getClassLoader().getResourceAsStream(FILE)) {
			bytes = in.readAllBytes();
		}
		lines = new ArrayList<>();
		String[] rows = new String(bytes, StandardCharsets.UTF_8).split("\n");
		assertThat(rows[0]).startsWith("Ceremony\tYear\tClass\tCanonicalCategory\tCategory\tFilm\tFilmId");
		for (int i = 1; i < rows.length; i++) {
			String[] split = rows[i].split("\t", -1);
			String[] fields = new String[14];
			for (int f = 0; f < fields.length; f++) {
				fields[f] = f < split.length ? split[f] : "";
			}
			lines.add(new Line(fields));
		}
	}

	@Test
	void theFileIsTheOnePublishedUnchanged() throws NoSuchAlgorithmException {
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
			.isEqualTo("3b1d39eedad7303468b83323f51bd1069289a2710ff9873efc4b4298ae1bba78");
		assertThat(lines).hasSize(12_137);
	}

	/**
	 * The file writes a quotation mark inside a field as \" (Python's csv module with a backslash as escape
	 * character, its README says): the site shows the quotation mark, never the backslash.
	 */
	@Test
	void quotationMarksAreShownAsTheDataSetMeansThem() throws Exception {
		List<String> citations = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		int escaped = 0;
		for (Line line : lines) {
			for (String field : line.fields()) {
				escaped += field.split("\\\\\"", -1).length - 1;
				assertThat(field.replace("\\\"", "")).as("a backslash escapes only a quotation mark").doesNotContain("\\");
			}
			if (line.fields()[13].contains("\\\"")) {
				citations.add(line.fields()[13].trim().replace("\\\"", "\""));
			}
			if (line.fields()[12].contains("\\\"")) {
				notes.add(line.fields()[12].trim().replace("\\\"", "\""));
			}
		}
		assertThat(escaped).isEqualTo(194);
		assertThat(citations).hasSize(40).contains("To Walt Disney for the creation of \"Mickey Mouse.\"");
		for (String citation : citations) {
			assertThat(jdbc.sql("SELECT COUNT(*) FROM nomination WHERE citation = ?").param(citation).query(Integer.class)
				.single()).as(citation).isPositive();
		}
		assertThat(notes).hasSize(28);
		for (String note : notes) {
			assertThat(jdbc.sql("SELECT COUNT(*) FROM nomination WHERE note = ?").param(note).query(Integer.class)
				.single()).as(note).isPositive();
		}
		for (String column : List.of("film.title", "person.name", "person.sort_name", "company.name",
				"nomination.name", "nomination.detail", "nomination.note", "nomination.citation",
				"nomination_film.title", "nomination_nominee.credited_as")) {
			String[] table = column.split("\\.");
			assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table[0] + " WHERE LOCATE(?, " + table[1] + ") > 0")
				.param("\\")
				.query(Integer.class)
				.single()).as("texts with a backslash in " + column).isZero();
		}

		Document disney = HtmlPage.page(mvc, "/people/walt-disney");
		assertThat(disney.select(".citation").eachText())
			.contains("To Walt Disney for the creation of \"Mickey Mouse.\"");
		assertThat(disney.body().text()).doesNotContain("\\");
		Document first = HtmlPage.page(mvc, "/awards/academy-awards/1929");
		assertThat(first.select(".note").eachText())
			.anyMatch(note -> note.startsWith("NOTE: \"The Academy Board of Judges on merit awards"));
		assertThat(first.body().text()).doesNotContain("\\");
		Document mcGill = HtmlPage.page(mvc, "/people/barney-chick-mcgill");
		assertThat(mcGill.select("h1").text()).isEqualTo("Barney \"Chick\" McGill");
		assertThat(mcGill.body().text()).doesNotContain("\\");
	}

	@Test
	void everyCeremonyPageShowsEachCategoryOfTheFileWithAsManyNominationsAndWinners() throws Exception {
		Map<Integer, Map<String, int[]>> ceremonies = new LinkedHashMap<>();
		for (Line line : lines) {
			int[] counts = ceremonies.computeIfAbsent(line.ceremony(), c -> new LinkedHashMap<>())
				.computeIfAbsent(line.category(), c -> new int[2]);
			counts[0]++;
			counts[1] += line.won() ? 1 : 0;
		}
		assertThat(ceremonies).hasSize(98);
		for (Map.Entry<Integer, Map<String, int[]>> ceremony : ceremonies.entrySet()) {
			int year = jdbc.sql("""
					SELECT c.ceremony_year FROM ceremony c JOIN award a ON a.id = c.award_id
					WHERE a.slug = 'academy-awards' AND c.edition = ?""")
				.param(ceremony.getKey())
				.query(Integer.class)
				.single();
			Document page = HtmlPage.page(mvc, "/awards/academy-awards/" + year);
			List<Element> sections = page.select("section.category");
			List<String> expected = new ArrayList<>(ceremony.getValue().keySet());
			assertThat(sections).as("categories of ceremony %d", ceremony.getKey()).hasSize(expected.size());
			for (int i = 0; i < sections.size(); i++) {
				int[] counts = ceremony.getValue().get(expected.get(i));
				Element section = sections.get(i);
				String what = "ceremony " + ceremony.getKey() + ", " + expected.get(i);
				assertThat(section.select(".official-name, h2").text().toLowerCase()).as(what)
					.contains(expected.get(i).toLowerCase());
				assertThat(section.select("tbody tr")).as(what).hasSize(counts[0]);
				assertThat(section.select("tbody tr.winner")).as(what).hasSize(counts[1]);
			}
		}
	}

	@Test
	void totalsOfPeopleAndFilmsAreTheFilesCountedByIdentifier() {
		// Katharine Hepburn, including the 1968 tie with Barbra Streisand
		assertTotals("nm0000031", 12, 4);
		assertTotals("nm0000370", 64, 26); // Walt Disney
		assertTotals("nm0000115", 2, 1); // Nicolas Cage
		assertTotals("tt0120338", 14, 11); // Titanic
		assertTotals("tt0052618", 12, 11); // Ben-Hur
		assertTotals("tt0113627", 4, 1); // Leaving Las Vegas
	}

	private void assertTotals(String id, int nominations, int wins) {
		int column = id.startsWith("tt") ? 6 : 9;
		List<Line> named = lines.stream().filter(line -> line.names(column, id)).toList();
		assertThat(named).as(id + " in the file").hasSize(nominations);
		assertThat(named.stream().filter(Line::won)).as(id + " wins in the file").hasSize(wins);
		String sql = id.startsWith("tt") ? """
				SELECT COUNT(DISTINCT n.id) AS nominations, COUNT(DISTINCT CASE WHEN n.won THEN n.id END) AS wins
				FROM nomination n JOIN nomination_film nf ON nf.nomination_id = n.id JOIN film f ON f.id = nf.film_id
				JOIN ceremony_category cc ON cc.id = n.ceremony_category_id JOIN ceremony c ON c.id = cc.ceremony_id
				JOIN award a ON a.id = c.award_id WHERE a.slug = 'academy-awards' AND f.imdb_id = ?""" : """
				SELECT COUNT(DISTINCT n.id) AS nominations, COUNT(DISTINCT CASE WHEN n.won THEN n.id END) AS wins
				FROM nomination n JOIN nomination_nominee nn ON nn.nomination_id = n.id
				JOIN person p ON p.id = nn.person_id JOIN ceremony_category cc ON cc.id = n.ceremony_category_id
				JOIN ceremony c ON c.id = cc.ceremony_id JOIN award a ON a.id = c.award_id
				WHERE a.slug = 'academy-awards' AND p.imdb_id = ?""";
		Map<String, Object> totals = jdbc.sql(sql).param(id).query().singleRow();
		assertThat(((Number) totals.get("NOMINATIONS")).intValue()).as(id + " nominations").isEqualTo(nominations);
		assertThat(((Number) totals.get("WINS")).intValue()).as(id + " wins").isEqualTo(wins);
	}

	@Test
	void everyIdentifiedFilmPersonAndCompanyIsOneRow() {
		Set<String> films = new LinkedHashSet<>();
		Set<String> people = new LinkedHashSet<>();
		Set<String> companies = new LinkedHashSet<>();
		for (Line line : lines) {
			for (String id : line.fields()[6].split("\\|")) {
				if (id.startsWith("tt")) {
					films.add(id);
				}
			}
			for (String id : line.fields()[9].split("\\|")) {
				if (id.startsWith("nm")) {
					people.add(id);
				}
				else if (id.startsWith("co")) {
					companies.add(id);
				}
			}
		}
		assertThat(films).hasSize(5_264);
		assertThat(people).hasSize(8_404);
		assertThat(companies).hasSize(71);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM film WHERE imdb_id IS NOT NULL").query(Integer.class).single())
			.isEqualTo(films.size());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE imdb_id IS NOT NULL").query(Integer.class).single())
			.isEqualTo(people.size());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM company").query(Integer.class).single())
			.isEqualTo(companies.size());
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM nomination n JOIN ceremony_category cc ON cc.id = n.ceremony_category_id
				JOIN ceremony c ON c.id = cc.ceremony_id JOIN award a ON a.id = c.award_id
				WHERE a.slug = 'academy-awards'""").query(Integer.class).single()).isEqualTo(lines.size());
	}

	@Test
	void theCuratedRowsAreTheDataSetsRows() {
		// the curated people and films carry their IMDb ids: no second Nicolas Cage, no second Leaving Las Vegas
		assertThat(jdbc.sql("SELECT slug FROM person WHERE imdb_id IN ('nm0000115', 'nm0000223', 'nm0001214')")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("nicolas-cage", "elisabeth-shue", "mike-figgis");
		assertThat(jdbc.sql("SELECT slug FROM film WHERE imdb_id = 'tt0113627'").query(String.class).list())
			.containsExactly("leaving-las-vegas");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE name = 'Nicolas Cage'").query(Integer.class).single())
			.isEqualTo(1);
		// the curated 68th-ceremony nominations kept their rows: their references are still attached
		assertThat(jdbc.sql("""
				SELECT COUNT(DISTINCT nr.nomination_id) FROM nomination_reference nr
				JOIN nomination n ON n.id = nr.nomination_id JOIN ceremony_category cc ON cc.id = n.ceremony_category_id
				JOIN ceremony c ON c.id = cc.ceremony_id JOIN award a ON a.id = c.award_id
				WHERE a.slug = 'academy-awards' AND c.edition = 68 AND n.name IS NOT NULL""")
			.query(Integer.class)
			.single()).isEqualTo(20);
		// and the data set's wording and detail
		assertThat(jdbc.sql("""
				SELECT n.detail FROM nomination n JOIN nomination_nominee nn ON nn.nomination_id = n.id
				JOIN person p ON p.id = nn.person_id JOIN ceremony_category cc ON cc.id = n.ceremony_category_id
				JOIN award_category k ON k.id = cc.category_id
				WHERE p.slug = 'nicolas-cage' AND k.slug = 'best-actor'""").query(String.class).list())
			.contains("Ben Sanderson");
	}

}
