package org.filmref.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The deployment of {@code src/deploy/} as it runs, in short: two nodes of the packaged jar started by
 * {@code node.sh} on one PostgreSQL (see {@link PostgresCluster}), nginx in front configured by
 * {@code nginx-conf.sh}, all on loopback. Pages through nginx have a node's bytes, tracking parameters do not split
 * nginx's cache, and 10 s of load during which a node is killed see no failed request.
 *
 * <p>
 * Needs PostgreSQL 15's server binaries and nginx ({@code apt-get install postgresql nginx}, as {@code .ci/run}
 * does); without them it is skipped with a message, except under {@code CI=true}, where it fails.
 */
@ExtendWith(PostgresCluster.Required.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

	private static final Path NGINX = Path.of("/usr/sbin/nginx");

	private static final Path DEPLOY = Path.of("src/deploy");

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final List<Node> nodes = new ArrayList<>();

	private static Path work;

	private static Process nginx;

	private static int nginxPort;

	@BeforeAll
	static void start() throws Exception {
		if (!Files.isExecutable(NGINX)) {
			String how = "nginx not found at " + NGINX + "; install it with 'apt-get install nginx' (as .ci/run does)"
					+ " to run this test.";
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true requires the cluster test to run: " + how);
			}
			Assumptions.abort("Skipped: " + how);
		}
		String jar = System.getProperty("filmref.jar");
		assertThat(jar).as("system property filmref.jar (set by the Failsafe configuration)").isNotBlank();
		// nginx started as root runs its workers as nobody: they must reach the cache and temporary directories.
		work = Files.createTempDirectory("filmref-cluster",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		nginxPort = freePort();
		String database = PostgresCluster.shared().createDatabase("filmref_cluster");
		// Both nodes start at once on the empty database: one applies the migrations, the other waits for
		// Flyway's lock and then only validates them.
		for (int i = 1; i <= 2; i++) {
			nodes.add(Node.start(i, jar, database));
		}
		List<String> servers = new ArrayList<>();
		for (Node node : nodes) {
			servers.add("127.0.0.1:" + node.port);
		}
		List<String> configure = new ArrayList<>(List.of("bash", DEPLOY.resolve("nginx-conf.sh").toString(),
				work.resolve("nginx").toString(), "127.0.0.1:" + nginxPort));
		configure.addAll(servers);
		Process written = new ProcessBuilder(configure).inheritIO().start();
		assertThat(written.waitFor(30, TimeUnit.SECONDS) && written.exitValue() == 0).as("nginx-conf.sh").isTrue();
		nginx = new ProcessBuilder(NGINX.toString(), "-p", work.resolve("nginx").toString(), "-c",
				work.resolve("nginx/nginx.conf").toString())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("nginx.out").toFile())
			.start();
		for (Node node : nodes) {
			node.awaitReady();
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> status(nginxPort, "/robots.txt") == 200);
	}

	@AfterAll
	static void stop() throws Exception {
		if (nginx != null) {
			nginx.destroy();
			nginx.waitFor(10, TimeUnit.SECONDS);
		}
		for (Node node : nodes) {
			node.process.destroy();
			node.process.waitFor(30, TimeUnit.SECONDS);
		}
		if (work != null) {
			try (Stream<Path> files = Files.walk(work)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	@Test
	@Order(1)
	void aPageThroughNginxHasTheBytesOfTheSamePageFromANode() throws Exception {
		for (String path : List.of("/films/leaving-las-vegas", "/awards/academy-awards/1996", "/sitemap.xml")) {
			for (boolean gzip : List.of(true, false)) {
				HttpResponse<byte[]> fromNode = get(nodes.get(0).port, path, gzip);
				HttpResponse<byte[]> first = get(nginxPort, path, gzip);
				HttpResponse<byte[]> second = get(nginxPort, path, gzip);
				assertThat(fromNode.statusCode()).as(path).isEqualTo(200);
				assertThat(first.statusCode()).as(path).isEqualTo(200);
				assertThat(first.body()).as(path + (gzip ? ", gzipped" : "")).isEqualTo(fromNode.body());
				assertThat(second.headers().firstValue("X-Cache-Status")).as(path).hasValue("HIT");
				assertThat(second.body()).as(path + (gzip ? ", gzipped, from nginx's cache" : ", from nginx's cache"))
					.isEqualTo(fromNode.body());
				assertThat(first.headers().firstValue("ETag")).isEqualTo(fromNode.headers().firstValue("ETag"));
			}
		}
	}

	@Test
	@Order(2)
	void trackingParametersDoNotSplitNginxsCacheButAParameterAPageReadsDoes() throws Exception {
		String path = "/people/nicolas-cage";
		HttpResponse<byte[]> page = get(nginxPort, path, true);
		assertThat(page.statusCode()).isEqualTo(200);
		for (String query : List.of("?utm_source=newsletter&utm_campaign=spring", "?fbclid=IwAR0abc", "?gclid=x&junk")) {
			HttpResponse<byte[]> tracked = get(nginxPort, path + query, true);
			assertThat(tracked.headers().firstValue("X-Cache-Status")).as(query).hasValue("HIT");
			assertThat(tracked.body()).as(query).isEqualTo(page.body());
		}
		HttpResponse<byte[]> nineties = get(nginxPort, "/films?decade=1990", true);
		HttpResponse<byte[]> eighties = get(nginxPort, "/films?decade=1980&utm_source=x", true);
		assertThat(get(nginxPort, "/films?utm_medium=y&decade=1990", true).headers().firstValue("X-Cache-Status"))
			.hasValue("HIT");
		assertThat(eighties.headers().firstValue("X-Cache-Status")).hasValue("MISS");
		assertThat(eighties.body()).isNotEqualTo(nineties.body());
	}

	@Test
	@Order(3)
	void tenSecondsOfLoadWithANodeKilledSeeNoFailedRequest() throws Exception {
		List<String> paths = sitemapPaths(nodes.get(1).port);
		assertThat(paths).hasSizeGreaterThan(1000);
		AtomicLong served = new AtomicLong();
		AtomicLong servedAfterTheKill = new AtomicLong();
		AtomicBoolean killedYet = new AtomicBoolean();
		Map<String, Integer> failed = new ConcurrentHashMap<>();
		AtomicInteger next = new AtomicInteger();
		long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		int readers = 16;
		ExecutorService pool = Executors.newFixedThreadPool(readers);
		for (int r = 0; r < readers; r++) {
			pool.submit(() -> {
				while (System.nanoTime() < end) {
					String path = paths.get(Math.floorMod(next.getAndIncrement(), paths.size()));
					try {
						int status = get(nginxPort, path, true).statusCode();
						if (status == 200 || status == 304) {
							served.incrementAndGet();
							if (killedYet.get()) {
								servedAfterTheKill.incrementAndGet();
							}
						}
						else {
							failed.merge(status + " " + path, 1, Integer::sum);
						}
					}
					catch (Exception ex) {
						failed.merge(ex + " " + path, 1, Integer::sum);
					}
				}
				return null;
			});
		}
		await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> served.get() > 0);
		Node killed = nodes.get(0);
		killed.process.destroyForcibly();
		assertThat(killed.process.waitFor(5, TimeUnit.SECONDS)).as("node 1 killed").isTrue();
		killedYet.set(true);
		pool.shutdown();
		assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(failed).as("failed requests").isEmpty();
		// cold pages on two shared cores: tens of renders a second
		assertThat(served.get()).as("requests served").isGreaterThan(50);
		assertThat(servedAfterTheKill.get()).as("requests served by the other node after the kill").isGreaterThan(10);
		assertThat(nodes.get(1).process.isAlive()).isTrue();
	}

	private static List<String> sitemapPaths(int port) throws Exception {
		List<String> paths = new ArrayList<>();
		List<String> queue = new ArrayList<>(List.of("/sitemap.xml"));
		Pattern loc = Pattern.compile("<loc>https?://[^/]+(/[^<]*)</loc>");
		while (!queue.isEmpty()) {
			String xml = new String(get(port, queue.remove(0), false).body(), java.nio.charset.StandardCharsets.UTF_8);
			boolean index = xml.contains("<sitemapindex");
			Matcher matcher = loc.matcher(xml);
			while (matcher.find()) {
				String path = matcher.group(1).replace("&amp;", "&");
				(index ? queue : paths).add(path);
			}
		}
		return paths;
	}

	private static HttpResponse<byte[]> get(int port, String path, boolean gzip) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static int status(int port, String path) {
		try {
			return get(port, path, false).statusCode();
		}
		catch (IOException | InterruptedException ex) {
			return 0;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** A node started by {@code src/deploy/node.sh}, as a deployment starts one. */
	private record Node(int number, int port, int managementPort, Process process, Path log) {

		static Node start(int number, String jar, String database) throws IOException {
			int port = freePort();
			int managementPort = freePort();
			Path log = work.resolve("node" + number + ".log");
			ProcessBuilder builder = new ProcessBuilder("bash", DEPLOY.resolve("node.sh").toString(),
					Integer.toString(port), Integer.toString(managementPort))
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			Map<String, String> env = builder.environment();
			env.put("FILMREF_JAR", jar);
			env.put("FILMREF_BASE_URL", "http://127.0.0.1:" + nginxPort);
			env.put("SPRING_DATASOURCE_URL", database);
			env.put("SPRING_DATASOURCE_USERNAME", PostgresCluster.shared().username());
			env.put("SPRING_DATASOURCE_PASSWORD", "");
			return new Node(number, port, managementPort, builder.start(), log);
		}

		void awaitReady() {
			await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(200)).until(() -> {
				assertThat(this.process.isAlive()).as("node %d exited; its log:%n%s", this.number, logTail()).isTrue();
				return status(this.managementPort, "/actuator/health/readiness") == 200;
			});
		}

		String logTail() throws IOException {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}

	}

}
