package org.filmref.web.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Gives every page (any controller method answering GET or HEAD) the content version as its ETag and a short,
 * revalidated {@code Cache-Control}, and answers a matching {@code If-None-Match} with 304 before the controller
 * runs: no query, no template. New pages get this without doing anything.
 *
 * <p>
 * The headers are set here for every page request, but {@link RenderedPageFilter} only lets them out on a 200 or
 * 304: a 404 or 503 must not be cached as if it were the page.
 */
class PageValidators implements HandlerInterceptor {

	/** Request attribute marking a request as answered by a page controller, so its response may be cached. */
	static final String PAGE = PageValidators.class.getName() + ".page";

	/** Browsers and shared caches may reuse a page for a minute, then must ask again (and mostly get a 304). */
	static final String CACHE_CONTROL = "max-age=60, must-revalidate";

	private final ContentVersion version;

	PageValidators(ContentVersion version) {
		this.version = version;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod)) {
			return true;
		}
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		request.setAttribute(PAGE, Boolean.TRUE);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		return !new ServletWebRequest(request, response).checkNotModified(version.etag());
	}

}
