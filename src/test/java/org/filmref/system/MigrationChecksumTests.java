package org.filmref.system;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.filmref.FilmrefApplication;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An applied migration edited afterwards must stop the application at start-up, saying why. */
@ExtendWith(OutputCaptureExtension.class)
class MigrationChecksumTests {

	@Test
	void editedAppliedMigrationMakesTheAppRefuseToStart(@TempDir Path migrations, CapturedOutput output)
			throws Exception {
		String url = "jdbc:h2:mem:checksum_test;DB_CLOSE_DELAY=-1";
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load().migrate();

		String v1 = new ClassPathResource("db/migration/V1__schema.sql").getContentAsString(StandardCharsets.UTF_8);
		Files.writeString(migrations.resolve("V1__schema.sql"), v1 + "\n-- edited after it was applied\n");

		SpringApplicationBuilder app = new SpringApplicationBuilder(FilmrefApplication.class)
			.web(WebApplicationType.NONE);

		// Arguments, not default properties: they must win over application.properties' datasource.
		assertThatThrownBy(() -> app.run("--spring.datasource.url=" + url,
				"--spring.flyway.locations=filesystem:" + migrations)).hasRootCauseInstanceOf(FlywayValidateException.class)
			.rootCause()
			.hasMessageContaining("checksum mismatch for migration version 1");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Migration checksum mismatch for migration version 1")
			.contains("Never edit a migration that has been applied");
	}

}
