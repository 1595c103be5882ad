package org.filmref.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import org.apache.catalina.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cache hits served inside Tomcat ({@link CachedPageValve}), over a real connection: the same status, headers and
 * bytes as the response that rendered the page, without entering the filter chain (a test filter in front of every
 * other counts what does); everything else still goes down the chain to {@link RenderedPageFilter}. A context of its own: a real server with the rendered-page cache
 * on, and the counting filter.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "filmref.page-cache.enabled=true")
class CachedPageValveTests {

	private static final String FILM = "/films/leaving-las-vegas";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	RenderedPages pages;

	@Autowired
	AtomicInteger enteredChain;

	@BeforeEach
	void emptyCache() {
		pages.clear();
		enteredChain.set(0);
	}

	@Test
	void theValveIsInTheEnginesPipelineBeforeTheHostAndTheApplication(
			@Autowired ServletWebServerApplicationContext context) {
		TomcatWebServer server = (TomcatWebServer) context.getWebServer();
		assertThat(Arrays.stream(server.getTomcat().getEngine().getPipeline().getValves()))
			.anySatisfy(valve -> assertThat(valve).isInstanceOf(CachedPageValve.class));
		Context application = (Context) server.getTomcat().getHost().findChildren()[0];
		assertThat(Arrays.stream(application.getPipeline().getValves()))
			.noneSatisfy(valve -> assertThat(valve).isInstanceOf(CachedPageValve.class));
	}

	@Test
	void aHitIsServedWithoutTheFilterChainWithTheStatusHeadersAndBytesOfTheRenderedPage() throws Exception {
		HttpResponse<byte[]> rendered = get(FILM, "Accept-Encoding", "gzip");
		assertThat(enteredChain).as("the miss renders").hasValue(1);
		HttpResponse<byte[]> hit = get(FILM, "Accept-Encoding", "gzip");
		assertThat(enteredChain).as("the hit is served by the valve").hasValue(1);
		assertThat(hit.statusCode()).isEqualTo(rendered.statusCode()).isEqualTo(200);
		assertThat(headersButDate(hit)).isEqualTo(headersButDate(rendered));
		assertThat(headersButDate(hit)).containsKeys("content-security-policy", "etag", "cache-control",
				"content-encoding", "content-type", "content-language", "vary", "x-frame-options");
		assertThat(hit.headers().firstValue("Date")).isPresent();
		assertThat(hit.body()).isEqualTo(rendered.body());
		assertThat(hit.headers().firstValueAsLong("Content-Length")).hasValue(hit.body().length);
	}

	/**
	 * One connection carries many requests, as nginx's upstream keep-alive sends them (Tomcat's default closed it
	 * after 100): every response keeps it open.
	 */
	@Test
	void aKeepAliveConnectionServesMoreThanAHundredRequests() throws Exception {
		get(FILM, "Accept-Encoding", "gzip");
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			for (int request = 1; request <= 150; request++) {
				out.write(("HEAD " + FILM + " HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				String head = responseHead(in).toLowerCase();
				assertThat(head).as("response %d", request).startsWith("http/1.1 200").doesNotContain("connection: close");
			}
		}
	}

	/** The status line and headers of the next response on a connection (a HEAD's, so nothing follows them). */
	private static String responseHead(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("Connection closed after: " + head);
			}
			head.append((char) b);
		}
		return head.toString();
	}

	@Test
	void eachRequestCountsOnceInTheCachesStatistics() throws Exception {
		CacheStats before = pages.cache().stats();
		get(FILM, "Accept-Encoding", "gzip");
		get(FILM, "Accept-Encoding", "gzip");
		CacheStats counted = pages.cache().stats().minus(before);
		assertThat(counted.missCount()).as("the valve's and the filter's lookups of a miss").isEqualTo(1);
		assertThat(counted.hitCount()).isEqualTo(1);
	}

	@Test
	void aHitAnswersAMatchingIfNoneMatchWith304AndTheHeadersOfTheFilter() throws Exception {
		HttpResponse<byte[]> rendered = get(FILM, "Accept-Encoding", "gzip");
		String etag = rendered.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> byFilter = get(FILM, "If-None-Match", etag);
		assertThat(enteredChain).as("without gzip the chain answers").hasValue(2);
		HttpResponse<byte[]> byValve = get(FILM, "Accept-Encoding", "gzip", "If-None-Match", etag);
		assertThat(enteredChain).hasValue(2);
		assertThat(byValve.statusCode()).isEqualTo(byFilter.statusCode()).isEqualTo(304);
		assertThat(byValve.body()).isEmpty();
		assertThat(headersButDate(byValve)).isEqualTo(headersButDate(byFilter));
		assertThat(get(FILM, "Accept-Encoding", "gzip", "If-None-Match", "W/\"other\"").statusCode()).isEqualTo(200);
	}

	@Test
	void headOnAHitHasTheHeadersOfGetAndNoBody() throws Exception {
		HttpResponse<byte[]> page = get(FILM, "Accept-Encoding", "gzip");
		HttpResponse<byte[]> head = send("HEAD", FILM, "Accept-Encoding", "gzip");
		assertThat(enteredChain).hasValue(1);
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(headersButDate(head)).isEqualTo(headersButDate(page));
	}

	@Test
	void trackingParametersOnAHitAreServedTheSameBytesInsideTomcatAndAddNoEntry() throws Exception {
		HttpResponse<byte[]> plain = get(FILM, "Accept-Encoding", "gzip");
		Set<Object> held = pages.pages();
		HttpResponse<byte[]> tracked = get(FILM + "?utm_source=newsletter&fbclid=IwAR2x_0aBcD", "Accept-Encoding",
				"gzip");
		assertThat(enteredChain).hasValue(1);
		assertThat(tracked.body()).isEqualTo(plain.body());
		assertThat(pages.pages()).isEqualTo(held);
	}

	@Test
	void whatTheValveDoesNotServeGoesDownTheChain() throws Exception {
		HttpResponse<byte[]> gzipped = get(FILM, "Accept-Encoding", "gzip");
		int entered = enteredChain.get();
		HttpResponse<byte[]> raw = get(FILM);
		assertThat(raw.statusCode()).isEqualTo(200);
		assertThat(raw.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(raw.headers().firstValue("ETag")).isEqualTo(gzipped.headers().firstValue("ETag"));
		assertThat(enteredChain).as("a client without gzip").hasValue(++entered);
		assertThat(get(FILM, "Accept-Encoding", "gzip", "Cookie", "JSESSIONID=0123").statusCode()).isEqualTo(200);
		assertThat(enteredChain).as("a servlet session").hasValue(++entered);
		assertThat(get(FILM, "Accept-Encoding", "gzip", "Cookie", "SESSION=NjM4ZTk").statusCode()).isEqualTo(200);
		assertThat(enteredChain).as("a session under another name").hasValue(++entered);
		assertThat(get(FILM, "Accept-Encoding", "gzip", "Cookie", "remember-me=b64").statusCode()).isEqualTo(200);
		assertThat(enteredChain).as("a login cookie").hasValue(++entered);
		assertThat(get(FILM, "Accept-Encoding", "gzip", "Authorization", "Basic dXNlcjpwYXNz").statusCode())
			.isEqualTo(200);
		assertThat(enteredChain).as("an Authorization header").hasValue(++entered);
		assertThat(get(FILM + ";jsessionid=0123", "Accept-Encoding", "gzip").statusCode()).isEqualTo(200);
		assertThat(enteredChain).as("a session id in the address").hasValue(++entered);
		assertThat(send("POST", FILM, "Accept-Encoding", "gzip").statusCode()).isEqualTo(405);
		assertThat(enteredChain).as("another method").hasValue(++entered);
		assertThat(get("/films/no-such-film", "Accept-Encoding", "gzip").statusCode()).isEqualTo(404);
		assertThat(enteredChain).as("a page not in the cache").hasValue(++entered);
	}

	private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
		return send("GET", path, headers);
	}

	private HttpResponse<byte[]> send(String method, String path, String... headers)
			throws IOException, InterruptedException {
		return HttpDeliveryTests.send(http, port, method, path, headers);
	}

	/** Every header but Date (the second may change between two responses), by lower-case name. */
	private static Map<String, Object> headersButDate(HttpResponse<?> response) {
		HttpHeaders headers = response.headers();
		Map<String, Object> map = new TreeMap<>();
		headers.map().forEach((name, values) -> {
			if (!name.equalsIgnoreCase("date")) {
				map.put(name.toLowerCase(), values);
			}
		});
		return map;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ChainCounter {

		@Bean
		AtomicInteger enteredChain() {
			return new AtomicInteger();
		}

		/** In front of every other filter: counts the requests that enter the filter chain. */
		@Bean
		FilterRegistrationBean<Filter> countingFilter(AtomicInteger enteredChain) {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				enteredChain.incrementAndGet();
				chain.doFilter(request, response);
			});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

}
