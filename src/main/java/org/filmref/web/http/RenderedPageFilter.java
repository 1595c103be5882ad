package org.filmref.web.http;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves pages from {@link RenderedPages} before Spring MVC sees the request: a hit costs a map lookup and a write
 * of bytes, with no controller, template or database. On Tomcat most hits (gzip accepted) never reach this filter:
 * {@link CachedPageValve} serves them with this filter's lookup ({@link #servedGzipped}) and the same headers. A miss
 * goes down the chain with its body buffered; a page answered with 200 by a controller ({@link PageValidators#PAGE})
 * is kept, raw and gzipped, and served the same way as a hit.
 *
 * <p>
 * The key is the path and only the query parameters the page reads ({@link PageParameters}): an address with
 * tracking parameters ({@code ?utm_source=...}, {@code ?fbclid=...}) or junk is served the page's cached bytes, with
 * its canonical link, and adds no entry; on a miss the page is rendered from a request without them
 * ({@link CanonicalRequest}), so its bytes are the same either way. (Serving the page costs the reader nothing;
 * a redirect to the clean address would cost every such visit a round trip and a second request.)
 *
 * <p>
 * Requests that are not served from memory go down the chain a few at a time (as many as the database pool has
 * connections); the others wait their turn.
 *
 * <p>
 * Only pages are kept: no error, no redirect, no static file (they have their own caching), nothing that set a
 * cookie or made a session, nothing marked {@code no-store} or {@code private}. Requests that carry a cookie of
 * any name, an {@code Authorization} header or a session id bypass the cache altogether
 * ({@link #carriesCredentials}). Concurrent GETs of the same missing page wait for one rendering of it
 * ({@link RenderedPages#claim}). Every GET or HEAD is buffered so that caching headers are released only with
 * a 200 or 304 ({@link HoldingResponse}), also where the cache is switched off.
 */
class RenderedPageFilter extends OncePerRequestFilter {

	private final RenderedPages pages;

	private final Supplier<PageParameters> parameters;

	/** Permits to go down the chain: renderings at the same time. */
	private final Semaphore renderings;

	/** Whether held pages are encoded by {@link Utf8Writer}. */
	private final boolean utf8Writer;

	/** Request attribute: the key {@link #servedGzipped} looked up and missed. */
	private static final String MISSED = RenderedPageFilter.class.getName() + ".MISSED";

	/** Below this a page is sent as it is, as Tomcat's compression would ({@code server.compression.min-response-size}). */
	static final int SENT_ONCE_MIN_BYTES = 1024;

	/** How long a request not served from memory waits for its turn before it goes down the chain anyway. */
	static final Duration MAX_QUEUE_WAIT = Duration.ofSeconds(30);

	RenderedPageFilter(RenderedPages pages) {
		this(pages, () -> PageParameters.NONE, Integer.MAX_VALUE);
	}

	/**
	 * @param parameters what each page reads, asked for on the first request with a query (after the controllers are
	 * mapped)
	 * @param concurrentRenderings how many requests not served from memory go down the chain at the same time; the
	 * others wait their turn. As many as the database pool's connections: after a deployment, a crowd of readers of
	 * different cold pages then queues here instead of failing on the pool's short, fail-fast timeout (503), and two
	 * cores render ten pages no slower one after another than all at once.
	 */
	RenderedPageFilter(RenderedPages pages, Supplier<PageParameters> parameters, int concurrentRenderings) {
		this(pages, parameters, concurrentRenderings, true);
	}

	/** @param utf8Writer whether held pages are encoded by {@link Utf8Writer} */
	RenderedPageFilter(RenderedPages pages, Supplier<PageParameters> parameters, int concurrentRenderings,
			boolean utf8Writer) {
		this.pages = pages;
		this.parameters = parameters;
		this.renderings = new Semaphore(concurrentRenderings, true);
		this.utf8Writer = utf8Writer;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		boolean get = "GET".equals(method);
		if (!get && !"HEAD".equals(method)) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI();
		PageParameters.Canonical canonical = parameters.get().canonical(request, path);
		if (canonical.dropped()) {
			request = new CanonicalRequest(request, canonical);
		}
		String key = !pages.enabled() || carriesCredentials(request) ? null : pages.key(path, canonical.query());
		// Looked up once per request in the cache's statistics: not again where the valve already missed.
		RenderedPage page = key == null ? null
				: key.equals(request.getAttribute(MISSED)) ? pages.getQuietly(key) : pages.get(key);
		if (page != null) {
			send(page, null, get, request, response);
			return;
		}
		CompletableFuture<RenderedPage> rendering = null;
		if (key != null && get) {
			rendering = new CompletableFuture<>();
			CompletableFuture<RenderedPage> other = pages.claim(key, rendering);
			if (other != null) {
				page = RenderedPages.await(other);
				if (page != null) {
					send(page, null, true, request, response);
					return;
				}
				rendering = null;
			}
		}
		boolean permit = false;
		HoldingResponse held = null;
		try {
			permit = turn();
			held = new HoldingResponse(response, utf8Writer);
			chain.doFilter(request, held);
			if (key != null && get && !request.isAsyncStarted() && keepable(request, held)) {
				byte[] body = held.content();
				int length = held.getContentSize();
				page = RenderedPage.of(held.getContentType(), held.contentLanguage(),
						held.heldValue(HttpHeaders.ETAG), held.heldValue(HttpHeaders.CACHE_CONTROL), body, length);
				if (rendering != null) {
					pages.rendered(key, rendering, page);
					rendering = null;
				}
				else {
					pages.put(key, page);
				}
				send(page, body, true, request, response);
				return;
			}
			if (get && !request.isAsyncStarted() && sentOnce(request, held)
					&& acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
				held.releaseGzipped(RenderedPage.SENT_ONCE_LEVEL);
				return;
			}
			held.release();
		}
		finally {
			if (permit) {
				renderings.release();
			}
			if (rendering != null) {
				pages.rendered(key, rendering, null);
			}
		}
	}

	/**
	 * The cached page that answers this request as it is, gzipped: a GET or HEAD from a client that takes gzip,
	 * without credentials ({@link #carriesCredentials}), whose page is in the cache; null otherwise.
	 * {@link CachedPageValve} serves these.
	 */
	RenderedPage servedGzipped(HttpServletRequest request) {
		String method = request.getMethod();
		if (!pages.enabled() || !("GET".equals(method) || "HEAD".equals(method)) || carriesCredentials(request)
				|| !acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
			return null;
		}
		String path = request.getRequestURI();
		String key = pages.key(path, parameters.get().canonical(request, path).query());
		RenderedPage page = pages.get(key);
		if (page == null) {
			request.setAttribute(MISSED, key);
		}
		return page;
	}

	/** Waits for a permit to render, at most {@link #MAX_QUEUE_WAIT}; false if it went without one. */
	private boolean turn() {
		try {
			return renderings.tryAcquire(MAX_QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean keepable(HttpServletRequest request, HoldingResponse response) {
		if (request.getAttribute(PageValidators.PAGE) == null || response.getStatus() != HttpServletResponse.SC_OK
				|| response.getContentSize() == 0 || response.heldValue(HttpHeaders.ETAG) == null) {
			return false;
		}
		String type = response.getContentType();
		if (type == null || !(type.startsWith("text/") || type.startsWith("application/xml"))) {
			return false;
		}
		String cacheControl = response.heldValue(HttpHeaders.CACHE_CONTROL);
		if (cacheControl != null && (cacheControl.contains("no-store") || cacheControl.contains("private"))) {
			return false;
		}
		return !response.containsHeader(HttpHeaders.SET_COOKIE)
				&& !response.containsHeader(HttpHeaders.CONTENT_ENCODING) && request.getSession(false) == null;
	}

	/**
	 * A page rendered for this request alone (the cache is off, or the request bypasses it), large enough to be worth
	 * compressing: it is gzipped here, at a fast level, instead of by Tomcat at zlib's default.
	 */
	private static boolean sentOnce(HttpServletRequest request, HoldingResponse response) {
		String type = response.getContentType();
		return request.getAttribute(PageValidators.PAGE) != null && response.getStatus() == HttpServletResponse.SC_OK
				&& response.getContentSize() >= SENT_ONCE_MIN_BYTES && type != null && type.startsWith("text/html")
				&& !response.containsHeader(HttpHeaders.CONTENT_ENCODING) && !response.isCommitted();
	}

	/**
	 * Sends a page, gzipped or not; {@code body} is its raw bytes where they are at hand (a page just rendered, its
	 * first {@code page.length()} bytes).
	 */
	private static void send(RenderedPage page, byte[] body, boolean withBody, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		boolean notModified = matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag());
		boolean gzipped = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		response.setStatus(notModified ? HttpServletResponse.SC_NOT_MODIFIED : HttpServletResponse.SC_OK);
		headers(page, notModified, gzipped, response::setHeader);
		if (notModified) {
			return;
		}
		response.setContentLength(gzipped ? page.gzipped().length : page.length());
		if (withBody) {
			if (gzipped) {
				response.getOutputStream().write(page.gzipped());
			}
			else {
				response.getOutputStream().write(body != null ? body : page.body(), 0, page.length());
			}
		}
	}

	/**
	 * The headers of a cached page's response, in the order they are sent, but its length: the validators and
	 * {@code Vary}, then, unless the answer is 304, those of the page's bytes, gzipped or not. This filter and
	 * {@link CachedPageValve} both send these.
	 */
	static void headers(RenderedPage page, boolean notModified, boolean gzipped, BiConsumer<String, String> header) {
		header.accept(HttpHeaders.ETAG, page.etag());
		if (page.cacheControl() != null) {
			header.accept(HttpHeaders.CACHE_CONTROL, page.cacheControl());
		}
		header.accept(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (notModified) {
			return;
		}
		header.accept(HttpHeaders.CONTENT_TYPE, page.contentType());
		if (page.contentLanguage() != null) {
			header.accept(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		if (gzipped) {
			header.accept(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
	}

	/** Weak comparison, as RFC 9110 asks for If-None-Match. */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String opaque = opaque(etag);
		for (String candidate : StringUtils.tokenizeToStringArray(ifNoneMatch, ",")) {
			if ("*".equals(candidate) || opaque.equals(opaque(candidate))) {
				return true;
			}
		}
		return false;
	}

	private static String opaque(String etag) {
		return etag.startsWith("W/") ? etag.substring(2) : etag;
	}

	/** True where the client takes gzip: listed (or {@code *}) without {@code q=0}. */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : StringUtils.tokenizeToStringArray(acceptEncoding, ",")) {
			int semicolon = coding.indexOf(';');
			String name = (semicolon < 0 ? coding : coding.substring(0, semicolon)).trim();
			if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
				return semicolon < 0 || quality(coding.substring(semicolon + 1)) > 0;
			}
		}
		return false;
	}

	private static double quality(String parameters) {
		for (String parameter : StringUtils.tokenizeToStringArray(parameters, ";")) {
			if (parameter.startsWith("q=")) {
				try {
					return Double.parseDouble(parameter.substring(2));
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

	/**
	 * True where the request may be someone's own: it carries a cookie (of any name: the site sets none, so a cookie
	 * is a session or a login of something in front of it or beside it), an {@code Authorization} header, or a
	 * session id in its address. Such a request is never answered from the cache, and its response is never kept.
	 */
	static boolean carriesCredentials(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.COOKIE) != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getRequestedSessionId() != null;
	}

}
