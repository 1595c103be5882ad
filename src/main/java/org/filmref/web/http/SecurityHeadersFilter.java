package org.filmref.web.http;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the security headers on every response the application writes: pages, error pages, static files and
 * rendered-page cache hits. Runs on error dispatches too, so a page rendered by the error controller carries them
 * even where the container reset the response.
 *
 * <p>
 * The policy allows no inline script or style: templates carry no {@code style=} attributes and no executable
 * scripts. A {@code <script type="application/ld+json">} block is data, never executed, so the policy does not
 * apply to it.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), interest-cohort=()";

	/** The headers, in the order they are sent; {@link CachedPageValve} sends the same on cache hits. */
	static final Map<String, String> HEADERS = headers();

	private static Map<String, String> headers() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		headers.put("X-Content-Type-Options", "nosniff");
		headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
		headers.put("Permissions-Policy", PERMISSIONS_POLICY);
		headers.put("X-Frame-Options", "DENY");
		return Collections.unmodifiableMap(headers);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HEADERS.forEach(response::setHeader);
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
