package org.filmref.system;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * The embedded H2 database is a file that one process at a time may open. A second app started on the same data
 * directory (a benchmark beside a running site, say) fails to connect; this says so, and what to do, instead of a
 * stack trace.
 */
class EmbeddedDatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	/** H2's error code for a database file locked by another process (org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1). */
	static final int DATABASE_ALREADY_OPEN = 90020;

	private final Environment environment;

	EmbeddedDatabaseInUseFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		if (cause.getErrorCode() != DATABASE_ALREADY_OPEN) {
			return null;
		}
		String directory = environment.getProperty("filmref.data-directory", "(filmref.data-directory)");
		String description = "The embedded database in " + directory + " is open in another process: H2 lets one "
				+ "process at a time open a database file.\n\nH2 reported: " + cause.getMessage().strip();
		String action = "Stop the other process, or start this one on a database of its own: "
				+ "--filmref.data-directory=<another directory>. Everything in the database comes from the migrations, "
				+ "so the first start on an empty directory builds it.";
		return new FailureAnalysis(description, action, cause);
	}

}
