package org.filmref.web.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.filmref.web.FilmrefProperties;
import org.filmref.web.SitemapPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A starting node asks for its home page, then for the sitemap's addresses under the warm-up's paths, and is not
 * ready until they are answered; a node with no such paths, or whose requests fail, is ready at once.
 */
class PageWarmUpTests {

	private static final SitemapPages SITEMAP = () -> List.of("/", "/awards", "/awards/academy-awards",
			"/awards/academy-awards/1996", "/films/leaving-las-vegas", "/people/nicolas-cage");

	private final List<String> asked = new CopyOnWriteArrayList<>();

	private final CountDownLatch answer = new CountDownLatch(1);

	private final ExecutorService handlers = Executors.newFixedThreadPool(4);

	private HttpServer server;

	@AfterEach
	void stop() {
		answer.countDown();
		if (server != null) {
			server.stop(0);
		}
		handlers.shutdownNow();
	}

	@Test
	void asksForTheHomePageThenEveryAddressUnderItsPathsAndIsNotReadyBefore() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			asked.add(exchange.getRequestURI().getPath());
			if (exchange.getRequestURI().getPath().equals("/awards/academy-awards/1996")) {
				waitFor(answer);
			}
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.setExecutor(handlers);
		server.start();
		PageWarmUp warmUp = warmUp(List.of("/awards"), server.getAddress().getPort());
		assertThat(warmUp.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

		warmUp.onApplicationEvent(ready());
		await().atMost(Duration.ofSeconds(10)).until(() -> asked.contains("/awards/academy-awards/1996"));
		assertThat(warmUp.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

		answer.countDown();
		await().atMost(Duration.ofSeconds(10)).until(() -> warmUp.health().getStatus().equals(Status.UP));
		assertThat(asked.get(0)).isEqualTo("/");
		assertThat(asked).containsExactlyInAnyOrder("/", "/awards", "/awards/academy-awards",
				"/awards/academy-awards/1996");
		warmUp.destroy();
	}

	@Test
	void asksAnIpv6AddressTheNodeIsBoundTo() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("::1"), 0), 0);
		server.createContext("/", exchange -> {
			asked.add(exchange.getRequestURI().getPath());
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.setExecutor(handlers);
		server.start();
		PageWarmUp warmUp = warmUp(List.of("/awards"), server.getAddress().getPort(), "::1");
		warmUp.onApplicationEvent(ready());
		await().atMost(Duration.ofSeconds(10)).until(() -> warmUp.health().getStatus().equals(Status.UP));
		assertThat(asked).containsExactlyInAnyOrder("/", "/awards", "/awards/academy-awards",
				"/awards/academy-awards/1996");
		warmUp.destroy();
	}

	@Test
	void withoutPathsTheNodeIsReadyAtOnce() {
		PageWarmUp warmUp = warmUp(List.of(), 1);
		assertThat(warmUp.health().getStatus()).isEqualTo(Status.UP);
		warmUp.destroy();
	}

	@Test
	void requestsThatFailEndTheWarmUpAndTheNodeIsReady() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		PageWarmUp warmUp = warmUp(List.of("/awards"), closedPort);
		warmUp.onApplicationEvent(ready());
		await().atMost(Duration.ofSeconds(10)).until(() -> warmUp.health().getStatus().equals(Status.UP));
		warmUp.destroy();
	}

	private static PageWarmUp warmUp(List<String> paths, int port) {
		return warmUp(paths, port, null);
	}

	private static PageWarmUp warmUp(List<String> paths, int port, String address) {
		FilmrefProperties properties = new FilmrefProperties("http://localhost:8080",
				new FilmrefProperties.PageCache(true, 1 << 20, 1 << 16, 10, paths),
				new FilmrefProperties.Http(32768, true, true));
		MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", Integer.toString(port));
		if (address != null) {
			environment.setProperty("server.address", address);
		}
		return new PageWarmUp(properties, List.of(SITEMAP), new NoTransactions(), environment);
	}

	private static ApplicationReadyEvent ready() {
		return new ApplicationReadyEvent(new SpringApplication(), new String[0], null, Duration.ZERO);
	}

	private static void waitFor(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The sitemap above reads no database. */
	private static final class NoTransactions extends AbstractPlatformTransactionManager
			implements PlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
