package org.filmref.award;

import java.util.List;

import org.filmref.award.AwardViews.Body;
import org.filmref.award.AwardViews.CeremonyPage;
import org.filmref.web.Crumb;
import org.filmref.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The award pages. A year that is not a number fails conversion and is answered 400 by Spring MVC.
 */
@Controller
class AwardController {

	private static final Crumb AWARDS = new Crumb("Awards", "/awards");

	private final AwardPages pages;

	AwardController(AwardPages pages) {
		this.pages = pages;
	}

	@GetMapping("/awards")
	String index(Model model) {
		model.addAttribute("index", pages.index());
		model.addAttribute("crumbs", List.of(Crumb.home(), Crumb.here(AWARDS.label())));
		return "award/index";
	}

	@GetMapping("/awards/{slug}")
	String body(@PathVariable String slug, Model model) {
		Body body = pages.body(slug).orElseThrow(() -> new NotFoundException("award", slug));
		model.addAttribute("body", body);
		model.addAttribute("crumbs", List.of(Crumb.home(), AWARDS, Crumb.here(body.name())));
		return "award/body";
	}

	@GetMapping("/awards/{slug}/{year}")
	String ceremony(@PathVariable String slug, @PathVariable int year, Model model) {
		CeremonyPage page = pages.ceremony(slug, year)
			.orElseThrow(() -> new NotFoundException("ceremony", slug + "/" + year));
		model.addAttribute("page", page);
		model.addAttribute("crumbs", List.of(Crumb.home(), AWARDS, new Crumb(page.award().label(), page.award().href()),
				Crumb.here(page.name())));
		return "award/ceremony";
	}

}
