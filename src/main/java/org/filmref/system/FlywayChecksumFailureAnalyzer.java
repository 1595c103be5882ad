package org.filmref.system;

import org.flywaydb.core.api.exception.FlywayValidateException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns Flyway's validation failure at start-up (typically an applied migration that was edited since) into
 * Boot's short "APPLICATION FAILED TO START" report with what to do, instead of a bare stack trace.
 */
class FlywayChecksumFailureAnalyzer extends AbstractFailureAnalyzer<FlywayValidateException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, FlywayValidateException cause) {
		String description = "The database's migration history does not match the migrations in this build, "
				+ "so the application refuses to start.\n\nFlyway reported: " + cause.getMessage().strip();
		String action = "Never edit a migration that has been applied: revert the change to the file named above "
				+ "and put the change in a new migration (src/main/resources/db/migration/V<next>__<what>.sql). "
				+ "Only if the edit was deliberate and harmless (a comment, whitespace), run Flyway's repair on this "
				+ "database to record the new checksum. On the embedded H2 database everything comes from the "
				+ "migrations: deleting its directory (filmref.data-directory) and starting again is always safe.";
		return new FailureAnalysis(description, action, cause);
	}

}
