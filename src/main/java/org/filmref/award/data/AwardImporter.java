package org.filmref.award.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

import org.filmref.award.OfficialNames;
import org.filmref.award.Ordinals;
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
 * Speed matters, since every new database runs this, and so does every test context on its in-memory H2: the
 * existing rows are read once per table, new ids are assigned here (identities are moved past them at the end) and
 * everything is written in JDBC batches ({@link Jdbc}).
 * <p>
 * The steps, in order, each its own class: {@link Ceremonies} (ceremonies and categories), {@link FilmMatching},
 * {@link PersonMatching} (with the career rules of {@link Careers}), {@link Companies} and
 * {@link NominationMatching}, each using the ids of the steps before it; then, for a file matched by names, the
 * titles and names by which it credits the site's films and people under another ({@link OtherNames}).
 */
public final class AwardImporter {

	private static final Logger log = LoggerFactory.getLogger(AwardImporter.class);

	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	public static final String OVERRIDES = "db/data/matching-overrides.tsv";

	/**
	 * Bumped whenever the rules for matching names and titles change what a load of a file without ids produces
	 * (the pages it matches, and the other titles and names it records for them: {@link OtherNames}); part of the
	 * checksums of the migrations that match names.
	 */
	public static final int MATCHING = 5;

	private AwardImporter() {
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

	/**
	 * Loads the entries of one award body, converted from the file at {@code resource} (named in the log); the body's
	 * category rules order its categories (null for a file that orders them itself).
	 */
	public static Counts load(Connection connection, Body body, String resource, List<AwardEntry> entries,
			CategoryRules rules) throws SQLException {
		long start = System.nanoTime();
		long cpu = CPU.getCurrentThreadCpuTime();
		Counts counts = load(new Jdbc(connection), body, entries, rules);
		log.info("Loaded {} {} nominations from {} in {} ms, {} ms of CPU ({})", entries.size(), body.award(),
				resource, (System.nanoTime() - start) / 1_000_000, (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000,
				counts);
		return counts;
	}

	/** What a load wrote, and how the names without ids were matched. */
	public record Counts(int ceremonies, int categories, int films, int filmsMatched, int people, int peopleMatched,
			int peopleMatchedByCareer, int companies, int nominationsAdded, int nominationsMatched, int otherTitles,
			int otherNames) {
	}

	private static Counts load(Jdbc jdbc, Body body, List<AwardEntry> rows, CategoryRules rules) throws SQLException {
		long awardId;
		try {
			awardId = jdbc.single("SELECT id FROM award WHERE slug = '" + body.award() + "'");
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException("No award '" + body.award() + "' to load nominations into: its row is "
					+ "inserted by a SQL migration that runs before its data, as V15__screen_actors_guild_awards.sql does",
					ex);
		}
		Ceremonies ceremonies = Ceremonies.load(jdbc, body, awardId, rules, rows);
		Overrides overrides = Overrides.read(OVERRIDES, body.award());
		OtherNames otherNames = new OtherNames();
		FilmMatching films = FilmMatching.load(jdbc, body, rows, overrides, otherNames);
		PersonMatching people = PersonMatching.load(jdbc, body, rows, films, overrides, otherNames);
		Identities companies = Companies.load(jdbc, rows);
		NominationMatching nominations = NominationMatching.load(jdbc, body, awardId, rows, ceremonies, films, people,
				companies);
		if (body.matchNames()) {
			otherNames.write(jdbc, awardId);
		}
		for (String table : List.of("ceremony", "award_category", "ceremony_category", "film", "person", "company",
				"nomination")) {
			jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + jdbc.nextId(table));
		}
		return new Counts(ceremonies.ceremonies.size(), ceremonies.categories.size(), films.added, films.matched,
				people.added, people.matched, people.matchedByCareer, companies.added, nominations.added,
				nominations.matched, otherNames.films(), otherNames.people());
	}

}
