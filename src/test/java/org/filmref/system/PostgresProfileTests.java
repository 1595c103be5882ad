package org.filmref.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code postgres} profile against a real PostgreSQL 15 (see {@link PostgresCluster}): the migrations,
 * schema validation, pages, row counts against H2, an outage and its recovery, and a burst of load.
 */
@ExtendWith(PostgresCluster.Required.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ActiveProfiles("postgres")
@Import(PostgresProfileTests.DatabaseProbe.class)
class PostgresProfileTests {

	private static final String FILM_PAGE = "/films/leaving-las-vegas";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired(required = false)
	CacheManager caches;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresCluster.shared().database("filmref_test"));
		registry.add("spring.datasource.username", () -> PostgresCluster.shared().username());
	}

	@Test
	void everyMigrationInTheRepositoryIsApplied() throws IOException {
		int files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql").length;
		MigrationInfo[] applied = this.flyway.info().applied();
		assertThat(applied).hasSize(files).allMatch((info) -> info.getState() == MigrationState.SUCCESS);
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 15");
	}

	@Test
	void hibernateValidatedTheEntitiesAgainstTheMigratedSchema(@Autowired EntityManager entityManager) {
		// The context started with ddl-auto=validate, so every entity matched its table.
		assertThat(entityManager.getMetamodel().getEntities()).isNotEmpty();
	}

	@Test
	void seededRowCountsEqualH2s() {
		DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:row_counts;DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
		JdbcTemplate h2Jdbc = new JdbcTemplate(h2);
		List<String> tables = this.jdbc.queryForList("select table_name from information_schema.tables"
				+ " where table_schema = 'public' and table_name <> 'flyway_schema_history'", String.class);
		assertThat(tables).isNotEmpty();
		Map<String, Long> onPostgres = new TreeMap<>();
		Map<String, Long> onH2 = new TreeMap<>();
		for (String table : tables) {
			onPostgres.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class));
			onH2.put(table, h2Jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		assertThat(onPostgres).isEqualTo(onH2);
	}

	@Test
	void whileTheDatabaseIsDownPagesAnswer503AndReadinessIsDownThenTheSiteRecovers() throws Exception {
		assertThat(get(this.port, DatabaseProbe.PATH).statusCode()).isEqualTo(200);
		assertThat(get(this.managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);

		PostgresCluster.shared().stop();
		try {
			clearCaches();
			HttpResponse<String> page = get(this.port, DatabaseProbe.PATH);
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
			assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type).startsWith("text/html"));
			assertThat(page.body()).contains("<h1>Temporarily unavailable</h1>")
				.doesNotContain("Exception")
				.doesNotContain("at org.");
			// The first request found a pooled connection broken; this one waits for a new one and times out.
			HttpResponse<String> again = get(this.port, DatabaseProbe.PATH);
			assertThat(again.statusCode()).isEqualTo(503);
			assertThat(again.headers().firstValue("Retry-After")).hasValue("30");

			HttpResponse<String> readiness = get(this.managementPort, "/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
			// Liveness stays up: the process is fine, restarting it would not bring the database back.
			assertThat(get(this.managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
		}
		finally {
			PostgresCluster.shared().start();
		}

		// No restart: the pool opens new connections by itself on the next requests.
		assertThat(get(this.port, DatabaseProbe.PATH).statusCode()).isEqualTo(200);
		assertThat(get(this.managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void underFiveSecondsOfLoadAt64ConnectionsNoRequestFails() throws Exception {
		List<String> paths = List.of(DatabaseProbe.PATH, FILM_PAGE, "/");
		AtomicLong ok = new AtomicLong();
		List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
		long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(64);
		try {
			List<Future<?>> clients = new ArrayList<>();
			for (int i = 0; i < 64; i++) {
				String path = paths.get(i % paths.size());
				clients.add(pool.submit(() -> {
					int expected = -1;
					while (System.nanoTime() < end) {
						try {
							int status = get(this.port, path).statusCode();
							expected = (expected == -1) ? status : expected;
							// The status of a page must not change under load (a 404 page stays 404 until it lands).
							if (status >= 500 || status != expected) {
								failures.add(path + " -> " + status);
							}
							else {
								ok.incrementAndGet();
							}
						}
						catch (Exception ex) {
							failures.add(path + " -> " + ex);
						}
					}
					return null;
				}));
			}
			for (Future<?> client : clients) {
				client.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(failures).isEmpty();
		assertThat(ok.get()).isPositive();
	}

	private void clearCaches() {
		if (this.caches != null) {
			this.caches.getCacheNames().forEach((name) -> this.caches.getCache(name).clear());
		}
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(20))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** A request that always reaches the database, in a read-only transaction as the pages do. */
	@TestConfiguration
	@RestController
	static class DatabaseProbe {

		static final String PATH = "/test/database-probe";

		@PersistenceContext
		private EntityManager entityManager;

		@GetMapping(PATH)
		@Transactional(readOnly = true)
		String probe() {
			return "films: " + this.entityManager.createQuery("select count(f) from Film f").getSingleResult();
		}

	}

}
