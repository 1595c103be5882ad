package org.filmref.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The 503 page for a part of the site that is temporarily unavailable (the database, the search index): a plain
 * page in the layout, {@code Retry-After} so that clients, crawlers and load balancers come back, and
 * {@code no-store} so that no cache keeps the outage.
 */
public final class UnavailablePage {

	private UnavailablePage() {
	}

	/**
	 * @param retryAfterSeconds the {@code Retry-After} value
	 * @param reason what the reader is told, or {@code null} for the page's default (the database)
	 */
	public static ModelAndView answer(HttpServletResponse response, String retryAfterSeconds, String reason) {
		response.setHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return new ModelAndView("error/503", (reason != null) ? Map.of("reason", reason) : Map.of(),
				HttpStatus.SERVICE_UNAVAILABLE);
	}

}
