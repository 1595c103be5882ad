package org.filmref;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged jar started the way README's deployment recipe starts it, with the JVM options of
 * {@code src/deploy/jvm.options}: among them the bean definitions and repositories that Spring AOT generated at build
 * time ({@code -Dspring.aot.enabled=true}). Run by Failsafe after
 * {@code package}, so it tests the very jar that is shipped; the other tests run without AOT. It runs on the default
 * embedded database, a file in its own data directory: migrated by the first start, only validated by the next.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AotApplicationIT {

	/** The deployment's JVM options (Spring AOT among them), as {@code src/deploy/node.sh} reads them. */
	private static final Path JVM_OPTIONS = Path.of("src", "deploy", "jvm.options");

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static Process app;

	private static Path log;

	private static Path dataDirectory;

	private static String jar;

	private static int port;

	private static int managementPort;

	@BeforeAll
	static void start() throws Exception {
		jar = System.getProperty("filmref.jar");
		assertThat(jar).as("system property filmref.jar (set by the Failsafe configuration)").isNotBlank();
		assertThat(new File(jar)).exists();
		dataDirectory = Files.createTempDirectory("filmref-aot-data");
		launchOnFreePorts();
	}

	private static void launchOnFreePorts() throws Exception {
		// A free port can be taken by another process between our probe and the app's bind: try again with others.
		for (int attempt = 1; !launch(jar); attempt++) {
			assertThat(attempt).as("the AOT-processed app found no free port in 3 attempts; its log:%n%s", log())
				.isLessThan(3);
		}
	}

	/** Starts the jar on two free ports and waits until it is ready; false if a port was taken meanwhile. */
	private static boolean launch(String jar) throws Exception {
		port = freePort();
		managementPort = freePort();
		if (log != null) {
			Files.deleteIfExists(log);
		}
		log = Files.createTempFile("filmref-aot", ".log");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"@" + JVM_OPTIONS.toAbsolutePath(), "-jar", jar, "--server.port=" + port,
				"--management.server.port=" + managementPort, "--filmref.data-directory=" + dataDirectory));
		app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			await().atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> !app.isAlive() || ready());
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("the AOT-processed app was not ready within 120 s; its log:%n%s".formatted(log()), ex);
		}
		if (!app.isAlive() && log().contains("already in use")) {
			return false;
		}
		assertThat(app.isAlive()).as("the AOT-processed app exited; its log:%n%s", log()).isTrue();
		return true;
	}

	@AfterAll
	static void stop() throws Exception {
		stopApp();
		if (log != null) {
			Files.deleteIfExists(log);
		}
		if (dataDirectory != null) {
			try (Stream<Path> files = Files.walk(dataDirectory)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	private static void stopApp() throws InterruptedException {
		if (app != null) {
			app.destroy();
			app.waitFor();
		}
	}

	@Test
	void migratesTheEmptyDatabaseIntoItsDataDirectory() throws IOException {
		assertThat(log()).contains("Successfully applied", "Loaded 12137 academy-awards nominations from");
		try (Stream<Path> files = Files.list(dataDirectory)) {
			assertThat(files.map(file -> file.getFileName().toString())).contains("filmref.mv.db");
		}
	}

	/** Last: stops the app and starts it again on the same data directory. */
	@Test
	@Order(Integer.MAX_VALUE)
	void restartsOnTheMigratedDatabaseWithoutLoadingItAgain() throws Exception {
		stopApp();
		launchOnFreePorts();
		assertThat(log()).contains("No migration necessary").doesNotContain("academy-awards nominations from");
		HttpResponse<String> person = get(port, "/people/meryl-streep");
		assertThat(person.statusCode()).isEqualTo(200);
		assertThat(person.body()).contains("Meryl Streep at the Academy Awards: 3 wins from 21 nominations");
		HttpResponse<String> search = get(port, "/search?q=bravehart");
		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(search.body()).contains("href=\"/films/braveheart");
	}

	@Test
	void startsFromTheGeneratedBeanDefinitions() throws IOException {
		assertThat(log()).contains("Starting AOT-processed FilmrefApplication");
	}

	@Test
	void servesTheFilmPageThroughTheGeneratedRepositories() throws Exception {
		HttpResponse<String> film = get(port, "/films/leaving-las-vegas");
		assertThat(film.statusCode()).isEqualTo(200);
		assertThat(film.body()).contains("<h1", "Leaving Las Vegas", "Nicolas Cage", "Elisabeth Shue", "Mike Figgis");
		HttpResponse<String> person = get(port, "/people/nicolas-cage");
		assertThat(person.statusCode()).isEqualTo(200);
		assertThat(person.body()).contains("Nicolas Cage", "/films/leaving-las-vegas");
		HttpResponse<String> ceremony = get(port, "/awards/academy-awards/1996");
		assertThat(ceremony.statusCode()).isEqualTo(200);
		assertThat(ceremony.body()).contains("Best Actor");
	}

	@Test
	void searchesTheIndexBuiltInTheBackground() throws Exception {
		HttpResponse<String> search = get(port, "/search?q=nicholas+cage");
		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(search.body()).contains("href=\"/people/nicolas-cage\"");
	}

	@Test
	void answersBadInputAsWithoutAot() throws Exception {
		assertThat(get(port, "/films/no-such-film").statusCode()).isEqualTo(404);
		assertThat(get(port, "/reviews/abc").statusCode()).isEqualTo(400);
		assertThat(get(managementPort, "/actuator/health/readiness").body()).contains("\"searchIndex\"");
	}

	private static boolean ready() {
		try {
			return get(managementPort, "/actuator/health/readiness").statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String log() throws IOException {
		return Files.readString(log, StandardCharsets.UTF_8);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
