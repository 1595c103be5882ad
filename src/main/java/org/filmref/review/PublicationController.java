package org.filmref.review;

import java.util.List;

import org.filmref.review.ReviewViews.PublicationItem;
import org.filmref.review.ReviewViews.PublicationPage;
import org.filmref.web.Crumb;
import org.filmref.web.Description;
import org.filmref.web.NotFoundException;
import org.filmref.web.PageMeta;
import org.filmref.reference.Publication;
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
		List<PublicationItem> publications = pages.publications();
		model.addAttribute("publications", publications);
		model.addAttribute("meta", PageMeta.of(PUBLICATIONS.label(), Description.listing("The " + publications.size()
				+ " newspapers, magazines and websites filmref quotes and cites, with their critics' quotes: ",
				publications.stream().map(item -> item.publication().label()).toList(), "."), PUBLICATIONS.href()));
		model.addAttribute("crumbs", List.of(Crumb.home(), REVIEWS, Crumb.here(PUBLICATIONS.label())));
		return "review/publications";
	}

	@GetMapping("/publications/{slug}")
	String show(@PathVariable String slug, Model model) {
		PublicationPage page = pages.publication(slug).orElseThrow(() -> new NotFoundException("publication", slug));
		model.addAttribute("page", page);
		model.addAttribute("meta", PageMeta.of(page.name(), page.metaDescription(), Publication.path(page.slug())));
		model.addAttribute("crumbs", List.of(Crumb.home(), REVIEWS, PUBLICATIONS, Crumb.here(page.name())));
		return "review/publication";
	}

}
