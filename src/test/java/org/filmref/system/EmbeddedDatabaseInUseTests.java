package org.filmref.system;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;

import org.filmref.FilmrefApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A second app on a data directory whose database another process holds stops at start-up, saying what to do. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseInUseTests {

	@Test
	void databaseFileLockedByAnotherProcessIsReportedWithWhatToDo(@TempDir Path directory, CapturedOutput output)
			throws Exception {
		// What H2 meets when another process has the file open: the file is locked.
		try (FileChannel file = FileChannel.open(directory.resolve("filmref.mv.db"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = file.lock()) {
			SpringApplicationBuilder app = new SpringApplicationBuilder(FilmrefApplication.class)
				.web(WebApplicationType.NONE);
			// The main configuration's datasource (the tests' configuration replaces it with an in-memory one).
			assertThatThrownBy(() -> app.run("--filmref.data-directory=" + directory,
					"--spring.datasource.url=jdbc:h2:file:${filmref.data-directory}/filmref;DB_CLOSE_ON_EXIT=FALSE"))
				.satisfies(failure -> assertThat(sqlException(failure).getErrorCode())
					.isEqualTo(EmbeddedDatabaseInUseFailureAnalyzer.DATABASE_ALREADY_OPEN));
		}
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The embedded database in " + directory + " is open in another process")
			.contains("--filmref.data-directory=<another directory>");
	}

	private static SQLException sqlException(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				return sql;
			}
		}
		throw new AssertionError("no SQLException in " + failure);
	}

}
