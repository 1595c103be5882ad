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

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code postgres} profile against a real PostgreSQL 15 (see {@link PostgresCluster}): the migrations,
 * schema validation, pages, row counts against H2, an outage and its recovery, and a burst of load.
 */
@ExtendWith(PostgresCluster.Required.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ActiveProfiles("postgres")
class PostgresProfileIT {

	private static final String FILM_PAGE = "/films/leaving-las-vegas";

	/** Not cached: every request reads the film list from the database. */
	private static final String INDEX = "/";

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

	@Autowired
	MeterRegistry meters;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresCluster.shared().database("filmref_test"));
		registry.add("spring.datasource.username", () -> PostgresCluster.shared().username());
	}

	@Test
	void everyMigrationInTheRepositoryIsApplied() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		// SQL migrations and Java ones (db.migration.V10__AcademyAwardsData loads the Academy Awards data set)
		int files = resolver.getResources("classpath*:db/migration/V*__*.sql").length
				+ resolver.getResources("classpath*:db/migration/V*__*.class").length;
		MigrationInfo[] applied = this.flyway.info().applied();
		assertThat(applied).hasSize(files).allMatch((info) -> info.getState() == MigrationState.SUCCESS);
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 15");
	}

	@Test
	void thePlannerConsidersEveryJoinOrderOfTheNominationQueries() {
		// the person's and film's nominations join ten tables; with the default limit of 8 PostgreSQL kept the
		// written order and read every nomination for each page
		assertThat(this.jdbc.queryForObject("show join_collapse_limit", String.class)).isEqualTo("12");
		assertThat(this.jdbc.queryForObject("show from_collapse_limit", String.class)).isEqualTo("12");
		// planned once per connection, not at every execution: planning the whole join cost ten times executing it
		assertThat(this.jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_generic_plan");
	}

	@Test
	void theMigrationsLeaveThePlannerStatisticsOfTheDataTheyLoaded() {
		// afterMigrateApplied.sql: without statistics the planner takes a table of 22,000 nominations for a few dozen
		// rows and reads all of them for every person's page
		assertThat(this.jdbc.queryForList("select distinct tablename from pg_stats where schemaname = 'public'",
				String.class))
			.contains("nomination", "nomination_nominee", "nomination_film", "ceremony_category", "person", "film");
		assertThat(this.jdbc.queryForObject("select reltuples from pg_class where relname = 'nomination'", Float.class))
			.isGreaterThan(20_000);
		String plan = String.join("\n", this.jdbc.queryForList("""
				explain select n.* from nomination n where n.id in
				(select nn.nomination_id from nomination_nominee nn where nn.person_id = 1)""", String.class));
		assertThat(plan).contains("nomination_nominee_person_idx").doesNotContain("Seq Scan on nomination ");
	}

	@Test
	void hibernateValidatedTheEntitiesAgainstTheMigratedSchema(@Autowired EntityManager entityManager) {
		// The context started with ddl-auto=validate, so every entity matched its table.
		assertThat(entityManager.getMetamodel().getEntities()).isNotEmpty();
	}

	@Test
	void filmPageRendersFromPostgres() throws Exception {
		List<String> titles = this.jdbc.queryForList("select title from film where slug = 'leaving-las-vegas'",
				String.class);
		HttpResponse<String> page = get(this.port, FILM_PAGE);
		// Follows the seed: 404 while the film's migration hasn't landed, its page once it has.
		assertThat(page.statusCode()).isEqualTo(titles.isEmpty() ? 404 : 200);
		titles.forEach((title) -> assertThat(page.body()).contains("<h1").contains(title));
		assertThat(get(this.port, INDEX).statusCode()).isEqualTo(200);
	}

	@Test
	void theIndexesListTheWholeDataSetFromPostgres() throws Exception {
		HttpResponse<String> films = get(this.port, "/films?decade=1920");
		assertThat(films.statusCode()).isEqualTo(200);
		assertThat(films.body()).contains("Films of the 1920s", "<a href=\"/films/sunrise-1927\">Sunrise</a>",
				"<a href=\"/films/7th-heaven-1927\">7th Heaven</a>", " (1927)");
		HttpResponse<String> people = get(this.port, "/people?letter=c");
		assertThat(people.statusCode()).isEqualTo(200);
		assertThat(people.body()).contains("People under C", "first nominated for the films of");
	}

	@Test
	void ceremonyAndPersonPagesRenderFromTheWholeAcademyAwardsDataSet() throws Exception {
		HttpResponse<String> ceremony = get(this.port, "/awards/academy-awards/1998");
		assertThat(ceremony.statusCode()).isEqualTo(200);
		assertThat(ceremony.body()).contains("70th Academy Awards", "Titanic", "James Cameron");
		HttpResponse<String> first = get(this.port, "/awards/academy-awards/1929");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("1st Academy Awards", "Emil Jannings", "Janet Gaynor");
		HttpResponse<String> person = get(this.port, "/people/nicolas-cage");
		assertThat(person.statusCode()).isEqualTo(200);
		assertThat(person.body()).contains("Nicolas Cage", "Leaving Las Vegas");
		assertThat(this.jdbc.queryForObject("select count(*) from nomination n"
				+ " join nomination_film nf on nf.nomination_id = n.id join film f on f.id = nf.film_id"
				+ " join ceremony_category cc on cc.id = n.ceremony_category_id join ceremony c on c.id = cc.ceremony_id"
				+ " join award a on a.id = c.award_id"
				+ " where f.imdb_id = 'tt0120338' and a.slug = 'academy-awards' and n.won", Long.class)).isEqualTo(11);
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
		int filmStatus = get(this.port, FILM_PAGE).statusCode();
		assertThat(get(this.port, INDEX).statusCode()).isEqualTo(200);
		// Readiness includes the search index, built in the background after start-up: wait for it, bounded.
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> get(this.managementPort, "/actuator/health/readiness").statusCode() == 200);

		PostgresCluster.shared().stop();
		try {
			// The index reads the database on every request; the film page does once its cached view model is gone.
			clearCaches();
			for (String path : List.of(INDEX, FILM_PAGE)) {
				HttpResponse<String> page = get(this.port, path);
				assertThat(page.statusCode()).as(path).isEqualTo(503);
				assertThat(page.headers().firstValue("Retry-After")).as(path).hasValue("30");
				assertThat(page.headers().firstValue("Content-Type")).as(path)
					.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
				assertThat(page.body()).as(path)
					.contains("<h1>Temporarily unavailable</h1>")
					.doesNotContain("Exception")
					.doesNotContain("at org.");
			}

			// A crowd of readers of pages that need the database: once a connection has failed, each is answered at
			// once, but one at a time that tries the database and waits the pool's 1 s for a connection in vain (each
			// such wait counts as a pool timeout); not every one of them, ten at a time, even after a pause.
			double timeoutsBefore = poolTimeouts();
			long start = System.nanoTime();
			List<Long> millis = burst(32, INDEX, 503);
			// Whole seconds begun: a burst of 1.9 s had room for two probes' waits.
			long seconds = (Duration.ofNanos(System.nanoTime() - start).toMillis() + 999) / 1000;
			assertThat(poolTimeouts() - timeoutsBefore)
				.as("requests that waited for a connection, of 32 in %d s (each one's ms: %s)", seconds, millis)
				.isLessThanOrEqualTo(seconds + 2)
				.isLessThan(8);
			assertThat(millis.stream().filter((ms) -> ms >= 900).count())
				.as("requests answered after 900 ms or more, of 32 in %d s (each one's ms: %s)", seconds, millis)
				.isLessThanOrEqualTo(seconds + 2)
				.isLessThan(8);

			HttpResponse<String> readiness = get(this.managementPort, "/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
			// Liveness stays up: the process is fine, restarting it would not bring the database back.
			assertThat(get(this.managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
		}
		finally {
			PostgresCluster.shared().start();
		}

		// No restart: the pool opens new connections by itself. While the database was down it retried with a
		// back-off of up to 5 s (HikariCP's), so the first requests after the restart may still get a 503.
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> get(this.port, INDEX).statusCode() == 200);
		assertThat(get(this.port, FILM_PAGE).statusCode()).isEqualTo(filmStatus);
		assertThat(get(this.managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void underFiveSecondsOfLoadAt64ConnectionsNoRequestFails() throws Exception {
		List<String> paths = List.of(INDEX, FILM_PAGE);
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

	/** {@code readers} requests for {@code path} at once: each one's time in ms, once all answered {@code status}. */
	private List<Long> burst(int readers, String path, int status) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(readers);
		try {
			List<Future<Long>> answers = new ArrayList<>();
			for (int i = 0; i < readers; i++) {
				answers.add(pool.submit(() -> {
					long start = System.nanoTime();
					HttpResponse<String> page = get(this.port, path);
					assertThat(page.statusCode()).isEqualTo(status);
					assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
					return (System.nanoTime() - start) / 1_000_000;
				}));
			}
			List<Long> millis = new ArrayList<>();
			for (Future<Long> answer : answers) {
				millis.add(answer.get());
			}
			return millis;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private double poolTimeouts() {
		Counter timeouts = this.meters.find("hikaricp.connections.timeout").counter();
		assertThat(timeouts).as("HikariCP's timeout counter").isNotNull();
		return timeouts.count();
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

}
