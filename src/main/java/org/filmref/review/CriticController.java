package org.filmref.review;

import java.util.List;

import org.filmref.review.ReviewViews.CriticPage;
import org.filmref.web.Crumb;
import org.filmref.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CriticController {

	private static final Crumb REVIEWS = new Crumb("Reviews", "/reviews");

	private static final Crumb CRITICS = new Crumb("Critics", "/critics");

	private final ReviewPages pages;

	CriticController(ReviewPages pages) {
		this.pages = pages;
	}

	@GetMapping("/critics")
	String index(Model model) {
		model.addAttribute("critics", pages.critics());
		model.addAttribute("crumbs", List.of(Crumb.home(), REVIEWS, Crumb.here(CRITICS.label())));
		return "review/critics";
	}

	@GetMapping("/critics/{slug}")
	String show(@PathVariable String slug, Model model) {
		CriticPage page = pages.critic(slug).orElseThrow(() -> new NotFoundException("critic", slug));
		model.addAttribute("page", page);
		model.addAttribute("crumbs", List.of(Crumb.home(), REVIEWS, CRITICS, Crumb.here(page.name())));
		return "review/critic";
	}

}
