package org.filmref.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway PostgreSQL 15 cluster for tests: Debian's server binaries, a data directory under the temp dir, a
 * free loopback port, trust authentication, no durability. One cluster serves the whole test run; each test
 * class creates its own database in it. It can be stopped and started again to test outages.
 *
 * <p>
 * Test classes declare {@code @ExtendWith(PostgresCluster.Required.class)}: when the binaries are missing, the
 * test class is skipped with a message saying how to run it, except under {@code CI=true}, where it fails.
 */
public final class PostgresCluster {

	static final Path BIN = Path.of(System.getProperty("filmref.postgres.bin", "/usr/lib/postgresql/15/bin"));

	private static final String USER = "filmref";

	private static PostgresCluster shared;

	private final java.util.Map<String, String> databases = new java.util.HashMap<>();

	private final Path dataDir;

	private final Path socketDir;

	private final int port;

	private final boolean asPostgresUser;

	private PostgresCluster(Path dataDir, Path socketDir, int port, boolean asPostgresUser) {
		this.dataDir = dataDir;
		this.socketDir = socketDir;
		this.port = port;
		this.asPostgresUser = asPostgresUser;
	}

	static boolean installed() {
		return Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(BIN.resolve("pg_ctl"));
	}

	/** The cluster of this test run, created and started on first use, removed when the JVM exits. */
	public static synchronized PostgresCluster shared() {
		if (shared == null) {
			shared = create();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::destroy, "postgres-cluster-cleanup"));
		}
		return shared;
	}

	private static PostgresCluster create() {
		try {
			Path root = Files.createTempDirectory("filmref-pg-");
			Path dataDir = root.resolve("data");
			Path socketDir = root.resolve("sock");
			Files.createDirectories(socketDir);
			// initdb refuses to run as root: when we are root, the cluster belongs to the postgres user.
			boolean asPostgresUser = "root".equals(System.getProperty("user.name"));
			if (asPostgresUser) {
				run(List.of("chown", "-R", "postgres:postgres", root.toString()));
			}
			PostgresCluster cluster = new PostgresCluster(dataDir, socketDir, freePort(), asPostgresUser);
			cluster.pg("initdb", "-D", dataDir.toString(), "-U", USER, "--auth=trust", "--encoding=UTF8",
					"--locale=C.UTF-8", "--no-sync");
			// The free port can be taken by another process between the probe and the server's bind: try others.
			for (int attempt = 1;; attempt++) {
				try {
					cluster.start();
					return cluster;
				}
				catch (IllegalStateException ex) {
					if (attempt == 3) {
						throw ex;
					}
					cluster = new PostgresCluster(dataDir, socketDir, freePort(), asPostgresUser);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return this.port;
	}

	public String username() {
		return USER;
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	/** The JDBC URL of a database of that name, created empty on first use in this test run. */
	public synchronized String database(String name) {
		return this.databases.computeIfAbsent(name, this::createDatabase);
	}

	/** Creates an empty database (dropping any earlier one of that name) and returns its JDBC URL. */
	public String createDatabase(String name) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return jdbcUrl(name);
	}

	/** Starts the server and waits until it accepts connections. */
	public void start() {
		pg("pg_ctl", "-D", this.dataDir.toString(), "-w", "-t", "60", "-l", this.dataDir.resolve("server.log").toString(),
				"-o", "-p " + this.port + " -k " + this.socketDir + " -c listen_addresses=127.0.0.1"
						+ " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
				"start");
	}

	/** Stops the server, disconnecting every client, as an outage would. */
	public void stop() {
		pg("pg_ctl", "-D", this.dataDir.toString(), "-w", "-m", "fast", "stop");
	}

	private void destroy() {
		try {
			pg("pg_ctl", "-D", this.dataDir.toString(), "-m", "immediate", "stop");
		}
		catch (RuntimeException ex) {
			// already stopped
		}
		try (Stream<Path> files = Files.walk(this.dataDir.getParent())) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// best effort: it is under the temp dir
		}
	}

	private void pg(String program, String... args) {
		List<String> command = new ArrayList<>();
		if (this.asPostgresUser) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.add(BIN.resolve(program).toString());
		command.addAll(List.of(args));
		run(command);
	}

	private static void run(List<String> command) {
		try {
			Path output = Files.createTempFile("filmref-pg-", ".out");
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
				.start();
			boolean done = process.waitFor(90, TimeUnit.SECONDS);
			String text = Files.readString(output);
			Files.deleteIfExists(output);
			if (!done) {
				process.destroyForcibly();
				throw new IllegalStateException("Timed out: " + command + "\n" + text);
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException("Failed (" + process.exitValue() + "): " + command + "\n" + text);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** Skips the test class when PostgreSQL is not installed (fails it under CI=true), else starts the cluster. */
	public static final class Required implements BeforeAllCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			if (!installed()) {
				String how = "PostgreSQL 15 server binaries not found in " + BIN
						+ "; install them with 'apt-get install postgresql' (as .ci/run does) to run this test.";
				if ("true".equals(System.getenv("CI"))) {
					throw new IllegalStateException("CI=true requires the PostgreSQL tests to run: " + how);
				}
				Assumptions.abort("Skipped: " + how);
			}
			shared();
		}

	}

}
