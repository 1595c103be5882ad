package org.filmref.search;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.filmref.web.Crumb;
import org.filmref.web.PageMeta;
import org.filmref.web.UnavailablePage;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code GET /search?q=}: the results page, the help page for an empty query, and a 400 page for a query longer than
 * {@value SiteSearch#MAX_QUERY_LENGTH} characters (refused rather than cut, so that nobody reads results for a query
 * they did not type).
 */
@Controller
class SearchController {

	static final String RETRY_AFTER_SECONDS = "5";

	private static final String PATH = "/search";

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final String HELP_DESCRIPTION = "Search filmref's films, people, characters, novels, songs, awards, "
			+ "critics' quotes and trivia by a title, a name or a few words.";

	private final SiteSearch search;

	SearchController(SiteSearch search) {
		this.search = search;
	}

	@GetMapping(PATH)
	ModelAndView search(@RequestParam(name = "q", required = false) String q, Model model) {
		// Control characters are not words, and HTML may not carry them back to the reader: each is a space.
		String query = q == null ? "" : CONTROL.matcher(q).replaceAll(" ").strip();
		model.addAttribute("query", query);
		model.addAttribute("maxLength", SiteSearch.MAX_QUERY_LENGTH);
		// Built here, not in the template: Thymeleaf forbids static calls on pages with request parameters.
		model.addAttribute("crumbs", List.of(Crumb.home(), Crumb.here("Search")));
		boolean tooLong = query.length() > SiteSearch.MAX_QUERY_LENGTH;
		model.addAttribute("tooLong", tooLong);
		if (tooLong) {
			return new ModelAndView("search/results", model.asMap(), HttpStatus.BAD_REQUEST);
		}
		if (query.isEmpty()) {
			model.addAttribute("meta", PageMeta.of("Search", HELP_DESCRIPTION, PATH));
		}
		else {
			SearchResults results = search.search(query);
			model.addAttribute("results", results);
			model.addAttribute("meta", PageMeta.of("Search: " + query, results.metaDescription(), PATH));
		}
		return new ModelAndView("search/results", model.asMap());
	}

	/** The index failed or is still being built after {@link SearchIndex#MAX_WAIT}: 503, try again shortly. */
	@ExceptionHandler(SearchUnavailableException.class)
	ModelAndView unavailable(HttpServletResponse response) {
		return UnavailablePage.answer(response, RETRY_AFTER_SECONDS,
				"Search is not available right now. Please try again in a few seconds.");
	}

}
