package org.filmref.review;

import java.util.List;

import org.filmref.review.ReviewViews.PublicationPage;
import org.filmref.web.Crumb;
import org.filmref.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PublicationController {

	private static final Crumb REVIEWS = new Crumb("Reviews", "/reviews");

	private static final Crumb PUBLICATIONS = new Crumb("Publications", "/publications");

	private final ReviewPages pages;

	PublicationController(ReviewPages pages) {
		this.pages = pages;
	}

	@GetMapping("/publications")
	String index(Model model) {
		model.addAttribute("publications", pages.publications());
		model.addAttribute("crumbs", List.of(Crumb.home(), REVIEWS, Crumb.here(PUBLICATIONS.label())));
		return "review/publications";
	}

	@GetMapping("/publications/{slug}")
	String show(@PathVariable String slug, Model model) {
		PublicationPage page = pages.publication(slug).orElseThrow(() -> new NotFoundException("publication", slug));
		model.addAttribute("page", page);
		model.addAttribute("crumbs", List.of(Crumb.home(), REVIEWS, PUBLICATIONS, Crumb.here(page.name())));
		return "review/publication";
	}

}
