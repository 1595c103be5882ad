package org.filmref.web.http;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content version follows the content: the same migrations and build give the same value (so every node of a
 * deployment agrees on ETags), and a new migration or a new build gives a new one.
 */
class ContentVersionTests {

	private static final AtomicInteger databases = new AtomicInteger();

	/** The deployed migrations, applied to a database of their own. */
	private static MigrationInfo[] deployed;

	/** The same migrations and one more, applied to another database. */
	private static MigrationInfo[] withChange;

	@BeforeAll
	static void migrateTwoDatabases() {
		deployed = migrate("classpath:db/migration");
		withChange = migrate("classpath:db/migration", "classpath:db/content-change");
	}

	private static MigrationInfo[] migrate(String... locations) {
		Flyway flyway = Flyway.configure()
			.dataSource("jdbc:h2:mem:content-version-" + databases.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", "")
			.locations(locations)
			.load();
		flyway.migrate();
		return flyway.info().applied();
	}

	@Test
	void theSameMigrationsAndBuildGiveTheSameVersion() {
		MigrationInfo[] sameInAnotherDatabase = Arrays.copyOf(withChange, deployed.length);
		assertThat(ContentVersion.of(sameInAnotherDatabase, "0.1.0")).isEqualTo(ContentVersion.of(deployed, "0.1.0"));
	}

	@Test
	void aNewMigrationChangesTheVersion() {
		assertThat(withChange).hasSize(deployed.length + 1);
		assertThat(ContentVersion.of(withChange, "0.1.0")).isNotEqualTo(ContentVersion.of(deployed, "0.1.0"));
	}

	@Test
	void aNewBuildChangesTheVersion() {
		assertThat(ContentVersion.of(deployed, "0.1.0@2026-11-24T06:00:00Z"))
			.isNotEqualTo(ContentVersion.of(deployed, "0.1.0@2026-11-24T07:00:00Z"));
	}

	@Test
	void theETagIsWeakAndQuoted() {
		assertThat(new ContentVersion("0123abcd").etag()).isEqualTo("W/\"0123abcd\"");
	}

}
