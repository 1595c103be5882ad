package org.filmref.review;

import java.util.List;

import org.filmref.review.ReviewViews.ReviewIndex;
import org.filmref.review.ReviewViews.ReviewPage;
import org.filmref.web.Crumb;
import org.filmref.web.NotFoundException;
import org.filmref.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Critic quotes. An id that is not a number, or too large for one, fails conversion and is answered 400 by Spring
 * MVC; a number that names no quote is answered 404.
 */
@Controller
class ReviewController {

	private static final Crumb REVIEWS = new Crumb("Reviews", "/reviews");

	private final ReviewPages pages;

	ReviewController(ReviewPages pages) {
		this.pages = pages;
	}

	@GetMapping("/reviews")
	String index(Model model) {
		ReviewIndex index = pages.index();
		model.addAttribute("index", index);
		model.addAttribute("meta", PageMeta.of("Critics' quotes", index.metaDescription(), REVIEWS.href()));
		model.addAttribute("crumbs", List.of(Crumb.home(), Crumb.here(REVIEWS.label())));
		return "review/index";
	}

	@GetMapping("/reviews/{id}")
	String show(@PathVariable long id, Model model) {
		ReviewPage page = pages.review(id).orElseThrow(() -> new NotFoundException("review", id));
		model.addAttribute("page", page);
		model.addAttribute("meta", page.meta());
		model.addAttribute("crumbs", List.of(Crumb.home(), REVIEWS,
				Crumb.here(page.quote().publication().label() + " on " + page.quote().film().label())));
		return "review/show";
	}

}
