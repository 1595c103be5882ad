package org.filmref.web.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rendered-page cache on its own, with a stand-in for the controller: what it keeps, what it refuses, and that
 * a page kept under one content version is never served under another.
 */
class RenderedPageFilterTests {

	/** What the site's controllers declare: the search reads {@code q}, no other page reads anything. */
	private static final PageParameters SEARCH_READS_Q = PageParameters.of(Map.of("/search", Set.of("q")));

	private final AtomicInteger renders = new AtomicInteger();

	/** A page controller as the real chain would run it: marked as a page, validators set, body rendered. */
	private FilterChain page(ContentVersion version, String body, int status) {
		return (request, response) -> {
			renders.incrementAndGet();
			request.setAttribute(PageValidators.PAGE, Boolean.TRUE);
			HttpServletResponse http = (HttpServletResponse) response;
			http.setHeader("ETag", version.etag());
			http.setHeader("Cache-Control", PageValidators.CACHE_CONTROL);
			http.setStatus(status);
			http.setContentType("text/html;charset=UTF-8");
			http.getWriter().write(body);
		};
	}

	private MockHttpServletResponse get(RenderedPageFilter filter, FilterChain chain, String... headers)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/films/leaving-las-vegas");
		for (int i = 0; i < headers.length; i += 2) {
			request.addHeader(headers[i], headers[i + 1]);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}

	@Test
	void aPageIsRenderedOnceThenServedFromMemoryWithTheSameBytes() throws Exception {
		ContentVersion version = new ContentVersion("v1");
		RenderedPageFilter filter = new RenderedPageFilter(new RenderedPages(version, 1 << 20));
		MockHttpServletResponse first = get(filter, page(version, "<p>Leaving Las Vegas</p>", 200));
		MockHttpServletResponse second = get(filter, page(version, "<p>rendered again</p>", 200));
		assertThat(renders).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString())
			.isEqualTo("<p>Leaving Las Vegas</p>");
		assertThat(second.getHeader("ETag")).isEqualTo(version.etag());
		assertThat(second.getHeader("Cache-Control")).isEqualTo(PageValidators.CACHE_CONTROL);
		assertThat(second.getHeader("Vary")).isEqualTo("Accept-Encoding");
	}

	@Test
	void aHitAnswersAMatchingIfNoneMatchWith304AndNoBody() throws Exception {
		ContentVersion version = new ContentVersion("v1");
		RenderedPageFilter filter = new RenderedPageFilter(new RenderedPages(version, 1 << 20));
		get(filter, page(version, "<p>page</p>", 200));
		MockHttpServletResponse response = get(filter, page(version, "<p>page</p>", 200), "If-None-Match",
				version.etag());
		assertThat(response.getStatus()).isEqualTo(304);
		assertThat(response.getContentAsByteArray()).isEmpty();
		assertThat(renders).hasValue(1);
	}

	@Test
	void aHitIsGzippedForClientsThatAcceptIt() throws Exception {
		ContentVersion version = new ContentVersion("v1");
		RenderedPageFilter filter = new RenderedPageFilter(new RenderedPages(version, 1 << 20));
		String body = "<p>Leaving Las Vegas</p>".repeat(100);
		get(filter, page(version, body, 200));
		MockHttpServletResponse response = get(filter, page(version, body, 200), "Accept-Encoding", "gzip, br");
		assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gunzip(response.getContentAsByteArray())).isEqualTo(body);
		assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length)
			.isLessThan(body.length() / 10);
		assertThat(get(filter, page(version, body, 200), "Accept-Encoding", "gzip;q=0").getHeader("Content-Encoding"))
			.isNull();
	}

	@Test
	void aPageNotKeptIsGzippedOnceForItsResponseAtTheFastLevel() throws Exception {
		ContentVersion version = new ContentVersion("v1");
		RenderedPages off = new RenderedPages(version, 1 << 20, 1 << 20, false);
		RenderedPageFilter filter = new RenderedPageFilter(off);
		String body = "<p>Leaving Las Vegas, a film by Mike Figgis – 1995</p>\n".repeat(100);

		MockHttpServletResponse gzipped = get(filter, page(version, body, 200), "Accept-Encoding", "gzip");
		assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzipped.getHeader("Vary")).isEqualTo("Accept-Encoding");
		assertThat(gzipped.getHeader("ETag")).isEqualTo(version.etag());
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		assertThat(gzipped.getContentAsByteArray())
			.isEqualTo(Gzip.INSTANCE.compress(bytes, bytes.length, RenderedPage.SENT_ONCE_LEVEL));
		assertThat(gzipped.getContentLength()).isEqualTo(gzipped.getContentAsByteArray().length);
		assertThat(gunzip(gzipped.getContentAsByteArray())).isEqualTo(body);

		MockHttpServletResponse plain = get(filter, page(version, body, 200));
		assertThat(plain.getHeader("Content-Encoding")).isNull();
		assertThat(plain.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(body);
		// Small pages and errors are left to Tomcat's compression, as before.
		assertThat(get(filter, page(version, "<p>small</p>", 200), "Accept-Encoding", "gzip").getHeader("Content-Encoding"))
			.isNull();
		MockHttpServletResponse error = get(filter, page(version, body, 404), "Accept-Encoding", "gzip");
		assertThat(error.getHeader("Content-Encoding")).isNull();
		assertThat(error.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(body);
		assertThat(off.cache().estimatedSize()).isZero();
	}

	@Test
	void errorsAreNotKeptAndCarryNoValidators() throws Exception {
		ContentVersion version = new ContentVersion("v1");
		RenderedPages pages = new RenderedPages(version, 1 << 20);
		RenderedPageFilter filter = new RenderedPageFilter(pages);
		MockHttpServletResponse response = get(filter, page(version, "<p>gone</p>", 404));
		get(filter, page(version, "<p>gone</p>", 404));
		assertThat(renders).hasValue(2);
		assertThat(pages.size()).isZero();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getHeader("ETag")).isNull();
		assertThat(response.getHeader("Cache-Control")).isNull();
	}

	@Test
	void responsesThatSetACookieAreNotKept() throws Exception {
		ContentVersion version = new ContentVersion("v1");
		RenderedPages pages = new RenderedPages(version, 1 << 20);
		RenderedPageFilter filter = new RenderedPageFilter(pages);
		FilterChain withCookie = (request, response) -> {
			((HttpServletResponse) response).addHeader("Set-Cookie", "visitor=1");
			page(version, "<p>page</p>", 200).doFilter(request, response);
		};
		get(filter, withCookie);
		assertThat(pages.size()).isZero();
	}

	@Test
	void requestsWithCredentialsAreNeitherServedFromTheCacheNorKept() throws Exception {
		ContentVersion version = new ContentVersion("v1");
		RenderedPages pages = new RenderedPages(version, 1 << 20);
		RenderedPageFilter filter = new RenderedPageFilter(pages);
		get(filter, page(version, "<p>public</p>", 200));
		String[][] credentials = { { "Cookie", "SESSION=NjM4ZTk" }, { "Cookie", "JSESSIONID=0123" },
				{ "Cookie", "visitor=1" }, { "Authorization", "Bearer eyJhbGciOi" } };
		for (String[] credential : credentials) {
			MockHttpServletResponse response = get(filter, page(version, "<p>own</p>", 200), credential[0],
					credential[1]);
			assertThat(response.getContentAsString()).as(credential[0] + ": " + credential[1]).isEqualTo("<p>own</p>");
		}
		assertThat(renders).hasValue(1 + credentials.length);
		MockHttpServletRequest withSessionId = new MockHttpServletRequest("GET", "/films/leaving-las-vegas");
		withSessionId.setRequestedSessionId("0123");
		withSessionId.setRequestedSessionIdFromURL(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(withSessionId, response, page(version, "<p>own</p>", 200));
		assertThat(response.getContentAsString()).isEqualTo("<p>own</p>");
		assertThat(get(filter, page(version, "<p>rendered again</p>", 200)).getContentAsString())
			.as("the public page, kept from the first request only")
			.isEqualTo("<p>public</p>");
		assertThat(pages.size()).isEqualTo(1);
	}

	@Test
	void aPageKeptUnderOneContentVersionIsNeverServedUnderAnother() throws Exception {
		var shared = Caffeine.newBuilder().maximumSize(100).build();
		var sharedQueried = Caffeine.newBuilder().maximumSize(100).build();
		ContentVersion before = new ContentVersion("before");
		ContentVersion after = new ContentVersion("after");
		RenderedPages old = new RenderedPages(before, shared, sharedQueried, true);
		RenderedPages current = new RenderedPages(after, shared, sharedQueried, true);
		assertThat(old.key("/films/leaving-las-vegas", null))
			.isNotEqualTo(current.key("/films/leaving-las-vegas", null));
		get(new RenderedPageFilter(old), page(before, "<p>old content</p>", 200));
		RenderedPageFilter filter = new RenderedPageFilter(current);
		MockHttpServletResponse response = get(filter, page(after, "<p>new content</p>", 200), "If-None-Match",
				before.etag());
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("<p>new content</p>");
		assertThat(response.getHeader("ETag")).isEqualTo(after.etag());
	}

	@Test
	void differentQueriesAreDifferentPagesEvenWithoutAQueryString() throws Exception {
		ContentVersion version = new ContentVersion("v1");
		RenderedPageFilter filter = new RenderedPageFilter(new RenderedPages(version, 1 << 20), () -> SEARCH_READS_Q, Integer.MAX_VALUE);
		for (String query : new String[] { "cage", "shue", "cage" }) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
			request.addParameter("q", query);
			MockHttpServletResponse response = new MockHttpServletResponse();
			filter.doFilter(request, response, (req, res) -> page(version, "results for " + req.getParameter("q"), 200)
				.doFilter(req, res));
			assertThat(response.getContentAsString()).isEqualTo("results for " + query);
		}
		assertThat(renders).as("the repeated query is a hit").hasValue(2);
	}

	@Test
	void switchedOffTheCacheKeepsNothingButStillHoldsValidatorsBackFromErrors() throws Exception {
		ContentVersion version = new ContentVersion("v1");
		RenderedPages pages = new RenderedPages(version, 1 << 20, 1 << 16, false);
		RenderedPageFilter filter = new RenderedPageFilter(pages);
		get(filter, page(version, "<p>page</p>", 200));
		assertThat(get(filter, page(version, "<p>page</p>", 200)).getHeader("ETag")).isEqualTo(version.etag());
		assertThat(renders).hasValue(2);
		assertThat(pages.size()).isZero();
		assertThat(get(filter, page(version, "<p>gone</p>", 404)).getHeader("ETag")).isNull();
	}

	/** A page that shows what it was asked for, as a controller reading its parameters would. */
	private FilterChain echo(ContentVersion version) {
		return (request, response) -> page(version, "<p>" + ((HttpServletRequest) request).getRequestURI() + " q="
				+ request.getParameter("q") + " params=" + request.getParameterMap().keySet() + " query="
				+ ((HttpServletRequest) request).getQueryString() + "</p>", 200)
			.doFilter(request, response);
	}

	private MockHttpServletResponse getWithQuery(RenderedPageFilter filter, FilterChain chain, String path,
			String query)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query.isEmpty() ? null : query);
		for (String parameter : query.isEmpty() ? new String[0] : query.split("&")) {
			String[] nameValue = parameter.split("=", 2);
			request.addParameter(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
					nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}

	@Test
	void parametersAPageDoesNotReadAreServedItsCachedPageAndAddNoEntry() throws Exception {
		ContentVersion version = new ContentVersion("v1");
		RenderedPages pages = new RenderedPages(version, 1 << 20);
		RenderedPageFilter filter = new RenderedPageFilter(pages, () -> SEARCH_READS_Q, Integer.MAX_VALUE);
		MockHttpServletResponse plain = get(filter, echo(version));
		for (String query : new String[] { "utm_source=newsletter&utm_medium=email", "fbclid=IwAR0abc",
				"gclid=xyz", "q=cage", "junk&utm_campaign=" }) {
			MockHttpServletResponse tracked = getWithQuery(filter, echo(version), "/films/leaving-las-vegas", query);
			assertThat(tracked.getContentAsString()).as(query).isEqualTo(plain.getContentAsString());
			assertThat(tracked.getHeader("ETag")).isEqualTo(plain.getHeader("ETag"));
		}
		assertThat(renders).as("rendered once, for the plain address").hasValue(1);
		assertThat(pages.pages()).containsExactly(pages.key("/films/leaving-las-vegas", null));
		assertThat(pages.queriedPages()).isEmpty();
	}

	@Test
	void aPageRenderedForAnAddressWithTrackingParametersSeesNoneOfThemAndHasTheSameBytes() throws Exception {
		ContentVersion version = new ContentVersion("v1");
		RenderedPages pages = new RenderedPages(version, 1 << 20);
		RenderedPageFilter filter = new RenderedPageFilter(pages, () -> SEARCH_READS_Q, Integer.MAX_VALUE);
		MockHttpServletResponse tracked = getWithQuery(filter, echo(version), "/films/leaving-las-vegas",
				"utm_source=x&fbclid=y");
		assertThat(tracked.getContentAsString()).isEqualTo("<p>/films/leaving-las-vegas q=null params=[] query=null</p>");
		RenderedPageFilter uncached = new RenderedPageFilter(new RenderedPages(version, 1 << 20, 1 << 16, false),
				() -> SEARCH_READS_Q, Integer.MAX_VALUE);
		assertThat(get(uncached, echo(version)).getContentAsString()).isEqualTo(tracked.getContentAsString());
		assertThat(getWithQuery(uncached, echo(version), "/films/leaving-las-vegas", "gclid=z").getContentAsString())
			.as("without the cache too")
			.isEqualTo(tracked.getContentAsString());
		assertThat(pages.pages()).containsExactly(pages.key("/films/leaving-las-vegas", null));
	}

	@Test
	void aParameterThePageReadsIsKeptInOneSpellingAndTheOthersAreDropped() throws Exception {
		ContentVersion version = new ContentVersion("v1");
		RenderedPages pages = new RenderedPages(version, 1 << 20);
		RenderedPageFilter filter = new RenderedPageFilter(pages, () -> SEARCH_READS_Q, Integer.MAX_VALUE);
		MockHttpServletResponse first = getWithQuery(filter, echo(version), "/search", "q=nicolas+cage");
		assertThat(first.getContentAsString())
			.isEqualTo("<p>/search q=nicolas cage params=[q] query=q=nicolas+cage</p>");
		for (String query : new String[] { "q=nicolas%20cage", "utm_source=x&q=nicolas+cage", "q=nicolas+cage&fbclid=1" }) {
			assertThat(getWithQuery(filter, echo(version), "/search", query).getContentAsString()).as(query)
				.isEqualTo(first.getContentAsString());
		}
		assertThat(getWithQuery(filter, echo(version), "/search", "q=shue").getContentAsString()).contains("q=shue");
		assertThat(renders).hasValue(2);
		assertThat(pages.queriedPages()).containsExactlyInAnyOrder(pages.key("/search", "q=nicolas+cage"),
				pages.key("/search", "q=shue"));
		assertThat(pages.pages()).isEmpty();
	}

	@Test
	void randomSearchesCannotEvictTheSitesPages() throws Exception {
		ContentVersion version = new ContentVersion("v1");
		RenderedPages pages = new RenderedPages(version, 1 << 20, 8 * 1024, true);
		RenderedPageFilter filter = new RenderedPageFilter(pages, () -> SEARCH_READS_Q, Integer.MAX_VALUE);
		get(filter, echo(version));
		Random random = new Random(42);
		for (int i = 0; i < 2000; i++) {
			getWithQuery(filter, echo(version), "/search", "q=" + Long.toHexString(random.nextLong()));
		}
		assertThat(pages.pages()).containsExactly(pages.key("/films/leaving-las-vegas", null));
		pages.queryCache().cleanUp(); // Caffeine evicts in the background; this runs its pending eviction now
		long held = pages.queryCache().policy().eviction().orElseThrow().weightedSize().orElseThrow();
		assertThat(held).isLessThanOrEqualTo(8 * 1024);
		assertThat(pages.queriedPages()).hasSizeLessThan(100);
		int before = renders.get();
		get(filter, echo(version));
		assertThat(renders).as("the film page is still a hit").hasValue(before);
	}

	@Test
	void aPageIsKeptGzippedOnlyAndInflatedForClientsWithoutGzip() throws Exception {
		ContentVersion version = new ContentVersion("v1");
		RenderedPages pages = new RenderedPages(version, 1 << 20);
		RenderedPageFilter filter = new RenderedPageFilter(pages);
		String body = "<p>Leaving Las Vegas, a film by Mike Figgis – 1995</p>\n".repeat(200);
		get(filter, page(version, body, 200));
		RenderedPage kept = pages.get(pages.key("/films/leaving-las-vegas", null));
		assertThat(kept.length()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
		assertThat(kept.weight()).isLessThan(kept.length() / 10);
		MockHttpServletResponse plain = get(filter, page(version, body, 200));
		assertThat(plain.getHeader("Content-Encoding")).isNull();
		assertThat(plain.getContentLength()).isEqualTo(kept.length());
		assertThat(plain.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(body);
		assertThat(renders).hasValue(1);
	}

	@Test
	void requestsNotServedFromMemoryAreRenderedAFewAtATimeAndTheOthersWaitTheirTurn() throws Exception {
		ContentVersion version = new ContentVersion("v1");
		RenderedPageFilter filter = new RenderedPageFilter(new RenderedPages(version, 1 << 20),
				() -> PageParameters.NONE, 2);
		AtomicInteger now = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		CountDownLatch finish = new CountDownLatch(1);
		FilterChain slow = (request, response) -> {
			most.accumulateAndGet(now.incrementAndGet(), Math::max);
			try {
				finish.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			now.decrementAndGet();
			page(version, "<p>" + ((HttpServletRequest) request).getRequestURI() + "</p>", 200).doFilter(request,
					response);
		};
		ExecutorService readers = Executors.newFixedThreadPool(8);
		try {
			List<Future<MockHttpServletResponse>> responses = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				String path = "/people/p" + i;
				responses.add(readers.submit(() -> getWithQuery(filter, slow, path, "")));
			}
			// Two renderings start, and while they are held no third one does.
			await().atMost(Duration.ofSeconds(10)).until(() -> now.get() == 2);
			await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10)).until(() -> now.get() == 2);
			finish.countDown();
			for (Future<MockHttpServletResponse> response : responses) {
				assertThat(response.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
			}
		}
		finally {
			readers.shutdownNow();
		}
		assertThat(renders).hasValue(16);
		assertThat(most).as("renderings at the same time").hasValue(2);
	}

	@Test
	void theParametersAPageReadsAreTheUnionOfThePatternsMatchingIt() {
		PageParameters parameters = PageParameters.of(Map.of("/search", Set.of("q"), "/awards/{award}",
				Set.of("page"), "/awards/{award}/{year}", Set.of("*"), "/**", Set.of("lang")));
		assertThat(parameters.readAt("/search")).containsExactlyInAnyOrder("q", "lang");
		assertThat(parameters.readAt("/awards/academy-awards")).containsExactlyInAnyOrder("page", "lang");
		assertThat(parameters.readAt("/awards/academy-awards/1996")).containsExactly("*");
		assertThat(PageParameters.NONE.readAt("/search")).isEmpty();
	}

	@Test
	void acceptEncodingIsReadWithItsQualities() {
		assertThat(RenderedPageFilter.acceptsGzip("gzip, deflate, br")).isTrue();
		assertThat(RenderedPageFilter.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
		assertThat(RenderedPageFilter.acceptsGzip("*")).isTrue();
		assertThat(RenderedPageFilter.acceptsGzip("gzip;q=0")).isFalse();
		assertThat(RenderedPageFilter.acceptsGzip("identity")).isFalse();
		assertThat(RenderedPageFilter.acceptsGzip(null)).isFalse();
	}

	@Test
	void ifNoneMatchIsComparedWeakly() {
		assertThat(RenderedPageFilter.matches("W/\"v1\"", "W/\"v1\"")).isTrue();
		assertThat(RenderedPageFilter.matches("\"v1\"", "W/\"v1\"")).isTrue();
		assertThat(RenderedPageFilter.matches("\"v0\", W/\"v1\"", "W/\"v1\"")).isTrue();
		assertThat(RenderedPageFilter.matches("*", "W/\"v1\"")).isTrue();
		assertThat(RenderedPageFilter.matches("W/\"v0\"", "W/\"v1\"")).isFalse();
	}

	private static String gunzip(byte[] gzipped) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
