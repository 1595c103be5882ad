package org.filmref.web.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.filmref.web.SqlStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * HTTP delivery over a real connection to the embedded Tomcat (compression, filters and error dispatches included):
 * validators and 304s, the rendered-page cache, gzip, security headers everywhere, hashed static files, and the
 * methods the site refuses. A context of its own: a real server, with the rendered-page cache that the page tests
 * switch off.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "filmref.page-cache.enabled=true")
class HttpDeliveryTests {

	private static final String FILM = "/films/leaving-las-vegas";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ContentVersion version;

	@Autowired
	SqlStatements sql;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void coldCaches() {
		sql.startCold();
	}

	@Test
	void aCachedPageIsServedWithTheLanguageOfTheRenderedOneWhateverTheReaderPrefers() throws Exception {
		HttpResponse<byte[]> rendered = get(FILM, "Accept-Language", "de-DE,de;q=0.9");
		HttpResponse<byte[]> cached = get(FILM, "Accept-Language", "fr");
		assertThat(header(rendered, "Content-Language")).isEqualTo("en");
		assertThat(header(cached, "Content-Language")).isEqualTo("en");
		assertThat(cached.body()).isEqualTo(rendered.body());
	}

	@Test
	void requestsTheApplicationRendersAreObservedAndPagesFromTheCacheAreCountedByTheCache() throws Exception {
		get(FILM);
		long rendered = awaitObserved(1);
		for (int i = 0; i < 3; i++) {
			assertThat(get(FILM).statusCode()).isEqualTo(200);
		}
		get("/no-such-page");
		// the 404 is observed, the three pages from the cache are not
		assertThat(awaitObserved(rendered + 1)).isEqualTo(rendered + 1);
		assertThat(meters.get("cache.gets").tag("cache", "renderedPages").tag("result", "hit").functionCounter().count())
			.isGreaterThanOrEqualTo(3);
	}

	/**
	 * The http.server.requests count (recorded as a request ends), once it is at least {@code expected} and has stayed
	 * the same for 200 ms, so that a request observed when it should not be is counted too.
	 */
	private long awaitObserved(long expected) {
		AtomicLong previous = new AtomicLong(-1);
		await().during(Duration.ofMillis(200))
			.atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> {
				long count = meters.find("http.server.requests").timers().stream().mapToLong(Timer::count).sum();
				return count >= expected && previous.getAndSet(count) == count;
			});
		return previous.get();
	}

	@Test
	void concurrentRequestsForAColdPageRenderItOnce() throws Exception {
		List<CompletableFuture<HttpResponse<byte[]>>> pending = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			pending.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + FILM)).build(),
					BodyHandlers.ofByteArray()));
		}
		Set<String> etags = new HashSet<>();
		Set<Integer> lengths = new HashSet<>();
		for (CompletableFuture<HttpResponse<byte[]>> response : pending) {
			HttpResponse<byte[]> page = response.get(60, TimeUnit.SECONDS);
			assertThat(page.statusCode()).isEqualTo(200);
			etags.add(header(page, "ETag"));
			lengths.add(page.body().length);
		}
		assertThat(etags).hasSize(1);
		assertThat(lengths).hasSize(1);
		// One rendering's statements (FilmPageStatementCountTests: 8 for a cold film page), not one per request.
		assertThat(sql.count()).isEqualTo(8);
		assertThat(get(FILM).statusCode()).isEqualTo(200);
		assertThat(sql.count()).isEqualTo(8);
	}

	@Test
	void tomcatSendsAPageOfUpTo32KiBInOneSocketWrite(@Autowired ServletWebServerApplicationContext context) {
		TomcatWebServer server = (TomcatWebServer) context.getWebServer();
		assertThat(server.getTomcat().getConnector().getProperty("socket.appWriteBufSize")).hasToString("32768");
	}

	private HttpResponse<byte[]> send(String method, String path, String... headers)
			throws IOException, InterruptedException {
		return send(http, port, method, path, headers);
	}

	/** A request without a body to the server on {@code port}, over a real connection; headers as name, value... */
	static HttpResponse<byte[]> send(HttpClient http, int port, String method, String path, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), BodyHandlers.ofByteArray());
	}

	private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
		return send("GET", path, headers);
	}

	private static String header(HttpResponse<?> response, String name) {
		return response.headers().firstValue(name).orElse(null);
	}

	@Test
	void pagesCarryTheContentVersionAsETagAndAShortRevalidatedCacheControl() throws Exception {
		HttpResponse<byte[]> response = get(FILM);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(header(response, "ETag")).isEqualTo(version.etag());
		assertThat(header(response, "Cache-Control")).isEqualTo("max-age=60, must-revalidate");
		assertThat(header(response, "Vary")).containsIgnoringCase("Accept-Encoding");
	}

	@Test
	void aMatchingIfNoneMatchIsAnswered304BeforeAnyRenderingOrQuery() throws Exception {
		HttpResponse<byte[]> response = get(FILM, "If-None-Match", version.etag());
		assertThat(response.statusCode()).isEqualTo(304);
		assertThat(response.body()).isEmpty();
		assertThat(header(response, "ETag")).isEqualTo(version.etag());
		assertThat(sql.count()).as("SQL statements for a 304").isZero();
		assertThat(get(FILM, "If-None-Match", "W/\"another-version\"").statusCode()).isEqualTo(200);
	}

	@Test
	void aSecondRequestIsServedFromTheRenderedPageCacheWithNoQueryAndTheSameBytes() throws Exception {
		HttpResponse<byte[]> first = get(FILM);
		assertThat(sql.count()).as("cold page").isPositive();
		sql.startWarm();
		HttpResponse<byte[]> second = get(FILM);
		assertThat(sql.count()).as("warm page").isZero();
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(header(second, "ETag")).isEqualTo(header(first, "ETag"));
		assertThat(get(FILM, "If-None-Match", version.etag()).statusCode()).as("304 on a hit").isEqualTo(304);
	}

	@Test
	void trackingParametersAreServedTheCachedPageWithTheSameBytesAndAddNoEntry(@Autowired RenderedPages pages)
			throws Exception {
		HttpResponse<byte[]> plain = get(FILM);
		HttpResponse<byte[]> plainGzipped = get(FILM, "Accept-Encoding", "gzip");
		Set<Object> held = pages.pages();
		sql.startWarm();
		for (String query : new String[] { "?utm_source=newsletter&utm_medium=email&utm_campaign=1995",
				"?fbclid=IwAR2x_0aBcD", "?gclid=Cj0KCQ", "?q=cage", "?junk", "?a=1&a=2&%3Cscript%3E=x" }) {
			HttpResponse<byte[]> tracked = get(FILM + query);
			assertThat(tracked.statusCode()).as(query).isEqualTo(200);
			assertThat(tracked.body()).as(query).isEqualTo(plain.body());
			assertThat(header(tracked, "ETag")).isEqualTo(header(plain, "ETag"));
			assertThat(get(FILM + query, "Accept-Encoding", "gzip").body()).as(query).isEqualTo(plainGzipped.body());
		}
		assertThat(sql.count()).as("SQL statements").isZero();
		assertThat(pages.pages()).as("no entry added").isEqualTo(held);
		assertThat(pages.queriedPages()).isEmpty();
	}

	@Test
	void aColdPageAskedForWithTrackingParametersIsRenderedAsThePlainPage(@Autowired RenderedPages pages)
			throws Exception {
		HttpResponse<byte[]> tracked = get(FILM + "?fbclid=IwAR2x_0aBcD&utm_source=facebook");
		assertThat(tracked.statusCode()).isEqualTo(200);
		assertThat(new String(tracked.body())).contains("<link rel=\"canonical\" href=\"http://localhost:8080" + FILM + "\"")
			.doesNotContain("fbclid")
			.doesNotContain("utm_source");
		sql.startWarm();
		HttpResponse<byte[]> plain = get(FILM);
		assertThat(sql.count()).as("the plain page is a hit").isZero();
		assertThat(plain.body()).isEqualTo(tracked.body());
		assertThat(pages.pages()).containsExactly(pages.key(FILM, null));
	}

	@Test
	void searchesAreKeptApartSoRandomQueriesCannotEvictTheSitesPages(@Autowired RenderedPages pages)
			throws Exception {
		get(FILM);
		get("/");
		Set<Object> held = pages.pages();
		HttpResponse<byte[]> search = get("/search?q=nicolas+cage");
		assertThat(get("/search?utm_source=x&q=nicolas%20cage&fbclid=1").body()).isEqualTo(search.body());
		for (int i = 0; i < 20; i++) {
			assertThat(get("/search?q=" + Long.toHexString(Double.doubleToLongBits(Math.random()))).statusCode())
				.isEqualTo(200);
		}
		assertThat(pages.pages()).isEqualTo(held);
		assertThat(pages.queriedPages()).hasSize(21).contains(pages.key("/search", "q=nicolas+cage"));
	}

	@Test
	void theParametersAPageReadsAreThoseItsControllerDeclares(
			@Autowired RequestMappingHandlerMapping requestMappingHandlerMapping) {
		PageParameters parameters = PageParameters.from(List.of(requestMappingHandlerMapping));
		assertThat(parameters.readAt("/search")).containsExactly("q");
		assertThat(parameters.readAt("/awards/academy-awards/categories/best-actor")).containsExactly("order");
		for (String page : new String[] { "/", FILM, "/people/nicolas-cage", "/awards/academy-awards/1996",
				"/reviews", "/sitemap.xml" }) {
			assertThat(parameters.readAt(page)).as(page).isEmpty();
		}
	}

	@Test
	void headAnswersWithTheHeadersOfGetAndNoBody() throws Exception {
		HttpResponse<byte[]> cold = send("HEAD", FILM);
		HttpResponse<byte[]> page = get(FILM);
		HttpResponse<byte[]> warm = send("HEAD", FILM);
		for (HttpResponse<byte[]> head : java.util.List.of(cold, warm)) {
			assertThat(head.statusCode()).isEqualTo(200);
			assertThat(head.body()).isEmpty();
			assertThat(header(head, "ETag")).isEqualTo(version.etag());
			assertThat(header(head, "Content-Type")).startsWith("text/html");
		}
		assertThat(header(warm, "Content-Length")).isEqualTo(String.valueOf(page.body().length));
	}

	@Test
	void pagesAreGzippedForClientsThatAcceptIt() throws Exception {
		byte[] raw = get(FILM).body();
		for (int i = 0; i < 2; i++) { // a miss, then a hit
			HttpResponse<byte[]> gzipped = get(FILM, "Accept-Encoding", "gzip");
			assertThat(header(gzipped, "Content-Encoding")).isEqualTo("gzip");
			assertThat(gunzip(gzipped.body())).isEqualTo(raw);
			assertThat(gzipped.body().length).isLessThan(raw.length / 3);
		}
		HttpResponse<byte[]> css = get(stylesheet(), "Accept-Encoding", "gzip");
		assertThat(header(css, "Content-Encoding")).isEqualTo("gzip");
	}

	@Test
	void securityHeadersOnPagesErrorsAndStaticFiles() throws Exception {
		for (String path : new String[] { "/", FILM, "/films/no-such-film", stylesheet(), "/reviews/not-a-number" }) {
			HttpResponse<byte[]> response = get(path);
			assertThat(header(response, "Content-Security-Policy")).as(path)
				.isEqualTo("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
						+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
			assertThat(header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(header(response, "Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
			assertThat(header(response, "Permissions-Policy")).as(path)
				.isEqualTo("camera=(), microphone=(), geolocation=(), interest-cohort=()");
			assertThat(header(response, "X-Frame-Options")).as(path).isEqualTo("DENY");
		}
		assertThat(header(send("POST", FILM), "Content-Security-Policy")).as("405").isNotNull();
	}

	@Test
	void errorPagesAreNeitherValidatedNorKept() throws Exception {
		HttpResponse<byte[]> missing = get("/films/no-such-film");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(header(missing, "ETag")).isNull();
		assertThat(header(missing, "Cache-Control")).isNull();
		assertThat(new String(missing.body())).contains("Page not found").doesNotContain("Exception");
		// No client holds an ETag for an address that is a 404 under this content version, since 404s carry none;
		// so a matching If-None-Match never meets a 404, and PageValidators may answer it before the controller.
	}

	@Test
	void theStylesheetHasAContentHashedAddressCachedForAYear() throws Exception {
		String stylesheet = stylesheet();
		assertThat(stylesheet).matches("/assets/css/site-[0-9a-f]{32}\\.css");
		HttpResponse<byte[]> response = get(stylesheet);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(header(response, "Content-Type")).startsWith("text/css");
		assertThat(header(response, "Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
		assertThat(get("/assets/css/site.css").statusCode()).as("no unhashed name under /assets/").isEqualTo(404);
		assertThat(String.valueOf(header(get("/css/site.css"), "Cache-Control"))).as("the plain name is not immutable")
			.doesNotContain("immutable");
	}

	@Test
	void theFaviconsAreServedWithLongCacheLifetimes() throws Exception {
		HttpResponse<byte[]> ico = get("/favicon.ico");
		assertThat(ico.statusCode()).isEqualTo(200);
		assertThat(header(ico, "Content-Type")).isEqualTo("image/x-icon");
		assertThat(header(ico, "Cache-Control")).as("browsers ask for it by this name: a week, not immutable")
			.isEqualTo("max-age=604800, public");
		// An ICO directory: reserved 0, type 1 (icon), two images (16 and 32 pixels).
		assertThat(ico.body()).startsWith(0, 0, 1, 0, 2, 0);
		assertThat(ico.body()[6]).as("first image's width").isEqualTo((byte) 16);

		Matcher link = Pattern.compile("<link rel=\"icon\" href=\"([^\"]+)\" type=\"image/svg\\+xml\">")
			.matcher(new String(get("/").body()));
		assertThat(link.find()).as("SVG icon link").isTrue();
		assertThat(link.group(1)).matches("/assets/favicon-[0-9a-f]{32}\\.svg");
		HttpResponse<byte[]> svg = get(link.group(1));
		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(header(svg, "Content-Type")).isEqualTo("image/svg+xml");
		assertThat(header(svg, "Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
		assertThat(new String(svg.body())).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
		assertThat(new String(get("/").body())).contains("<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">");
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "DELETE", "PATCH", "TRACE" })
	void unsupportedMethodsAnswer405(String method) throws Exception {
		HttpResponse<byte[]> response = send(method, FILM);
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(new String(response.body())).doesNotContain("Exception").doesNotContain("at org.");
		assertThat(send(method, "/").statusCode()).isEqualTo(405);
	}

	@Test
	void optionsListsTheMethodsAPageAnswers() throws Exception {
		HttpResponse<byte[]> response = send("OPTIONS", FILM);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(header(response, "Allow")).isEqualTo("GET,HEAD,OPTIONS");
	}

	@Test
	void noH2Console() throws Exception {
		assertThat(get("/h2-console").statusCode()).isEqualTo(404);
		assertThat(get("/h2-console/login.do").statusCode()).isEqualTo(404);
	}

	private String stylesheet() throws Exception {
		Matcher link = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"").matcher(new String(get("/").body()));
		assertThat(link.find()).as("stylesheet link").isTrue();
		return link.group(1);
	}

	private static byte[] gunzip(byte[] gzipped) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
	}

}
