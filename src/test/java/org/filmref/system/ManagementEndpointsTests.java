package org.filmref.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Health probes, info and Prometheus answer on the management port, and nothing of Actuator on the public one. Both
 * ports are real servers, so not {@code @PageTest}'s MockMvc; the same context as {@code ErrorPagesTests}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class ManagementEndpointsTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void managementPortIsSeparate() {
		assertThat(this.managementPort).isPositive().isNotEqualTo(this.port);
	}

	@Test
	void healthAndProbesAreUp() throws Exception {
		// The search index is built in the background and is part of readiness: wait for it, bounded.
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> management("/actuator/health/readiness").statusCode() == 200);
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			HttpResponse<String> response = management(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
		}
		assertThat(management("/actuator/health/readiness").body()).contains("\"db\"", "\"searchIndex\"");
	}

	@Test
	void infoShowsBuildGitAndJava() throws Exception {
		HttpResponse<String> response = management("/actuator/info");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"build\"").contains("\"artifact\":\"filmref\"").contains("\"java\"");
		// git.properties is generated only when the build runs in a Git checkout (not from a source archive).
		if (new ClassPathResource("git.properties").exists()) {
			assertThat(response.body()).contains("\"git\"").contains("\"commit\"");
		}
	}

	@Test
	void prometheusScrapesJvmPoolAndRequestMetrics() throws Exception {
		get(this.port, "/");
		HttpResponse<String> response = management("/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("jvm_memory_used_bytes")
			.contains("hikaricp_connections")
			.contains("http_server_requests_seconds")
			// hits and misses of the rendered-page cache's two regions
			.contains("cache_gets_total{cache=\"renderedPages\"")
			.contains("cache_gets_total{cache=\"renderedQueryPages\"");
	}

	@Test
	void publicPortServesNoActuatorEndpoint() throws Exception {
		for (String path : new String[] { "/actuator", "/actuator/health", "/actuator/info",
				"/actuator/prometheus" }) {
			assertThat(get(this.port, path).statusCode()).as(path).isEqualTo(404);
		}
	}

	private HttpResponse<String> management(String path) throws IOException, InterruptedException {
		return get(this.managementPort, path);
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
