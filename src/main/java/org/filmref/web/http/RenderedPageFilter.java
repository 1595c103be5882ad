package org.filmref.web.http;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves pages from {@link RenderedPages} before Spring MVC sees the request: a hit costs a map lookup and a write
 * of bytes, with no controller, template or database. A miss goes down the chain with its body buffered; a page
 * answered with 200 by a controller ({@link PageValidators#PAGE}) is kept, raw and gzipped, and served the same
 * way as a hit.
 *
 * <p>
 * Only pages are kept: no error, no redirect, no static file (they have their own caching), nothing that set a
 * cookie or made a session, nothing marked {@code no-store} or {@code private}. Requests that carry a session
 * cookie bypass the cache altogether. Concurrent GETs of the same missing page wait for one rendering of it
 * ({@link RenderedPages#claim}). Every GET or HEAD is buffered so that caching headers are released only with
 * a 200 or 304 ({@link HoldingResponse}), also where the cache is switched off.
 */
class RenderedPageFilter extends OncePerRequestFilter {

	private final RenderedPages pages;

	RenderedPageFilter(RenderedPages pages) {
		this.pages = pages;
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
		String key = !pages.enabled() || hasSessionCookie(request) ? null
				: pages.key(request.getRequestURI(), query(request));
		RenderedPage page = key != null ? pages.get(key) : null;
		if (page != null) {
			send(page, get, request, response);
			return;
		}
		CompletableFuture<RenderedPage> rendering = null;
		if (key != null && get) {
			rendering = new CompletableFuture<>();
			CompletableFuture<RenderedPage> other = pages.claim(key, rendering);
			if (other != null) {
				page = RenderedPages.await(other);
				if (page != null) {
					send(page, true, request, response);
					return;
				}
				rendering = null;
			}
		}
		try {
			HoldingResponse held = new HoldingResponse(response);
			chain.doFilter(request, held);
			if (key != null && get && !request.isAsyncStarted() && keepable(request, held)) {
				page = RenderedPage.of(held.getContentType(), response.getHeader(HttpHeaders.CONTENT_LANGUAGE),
						held.heldValue(HttpHeaders.ETAG), held.heldValue(HttpHeaders.CACHE_CONTROL),
						held.getContentAsByteArray());
				if (rendering != null) {
					pages.rendered(key, rendering, page);
					rendering = null;
				}
				else {
					pages.put(key, page);
				}
				held.resetBuffer();
				send(page, true, request, response);
				return;
			}
			held.release();
		}
		finally {
			if (rendering != null) {
				pages.rendered(key, rendering, null);
			}
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

	private static void send(RenderedPage page, boolean withBody, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.ETAG, page.etag());
		if (page.cacheControl() != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
		}
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		byte[] body = page.body();
		if (acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			body = page.gzipped();
		}
		response.setContentLength(body.length);
		if (withBody) {
			response.getOutputStream().write(body);
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
	 * The query string, or where a request carries parameters without one (built in code rather than parsed from a
	 * URL, as MockMvc does) the parameters themselves, so that no two different queries share a page.
	 */
	private static String query(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null || request.getParameterMap().isEmpty()) {
			return query;
		}
		StringBuilder parameters = new StringBuilder();
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				parameters.append(parameters.isEmpty() ? "" : "&")
					.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		return parameters.toString();
	}

	private static boolean hasSessionCookie(HttpServletRequest request) {
		String cookie = request.getHeader(HttpHeaders.COOKIE);
		return cookie != null && cookie.contains("JSESSIONID");
	}

}
