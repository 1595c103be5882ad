package org.filmref.page;

import java.util.List;

import org.filmref.person.PersonIndex;
import org.filmref.web.Crumb;
import org.filmref.web.Decade;
import org.filmref.web.IndexFilter;
import org.filmref.web.Letter;
import org.filmref.web.NotFoundException;
import org.filmref.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PersonController {

	private static final Crumb PEOPLE = new Crumb("People", "/people");

	private final PersonPages pages;

	PersonController(PersonPages pages) {
		this.pages = pages;
	}

	/** Everyone, by surname: all of them, under a letter or by the decade of their first nomination, paged. */
	@GetMapping(PersonIndex.PATH)
	String index(@RequestParam(required = false) Letter letter, @RequestParam(required = false) Decade decade,
			@RequestParam(defaultValue = "1") int page, Model model) {
		PersonIndex index = PersonIndex.of(pages.indexEntries(), new IndexFilter(PersonIndex.PATH, letter, decade),
				page);
		model.addAttribute("index", index);
		model.addAttribute("meta",
				PageMeta.of(index.title(), index.metaDescription(), index.pagination().canonical()));
		model.addAttribute("crumbs", index.filter().all() && page == 1 ? List.of(Crumb.home(), Crumb.here("People"))
				: List.of(Crumb.home(), PEOPLE, Crumb.here(index.title())));
		return "person/index";
	}

	@GetMapping("/people/{slug}")
	String show(@PathVariable String slug, Model model) {
		PersonView view = pages.find(slug).orElseThrow(() -> new NotFoundException("person", slug));
		model.addAttribute("page", view.page());
		model.addAttribute("awards", view.awards());
		model.addAttribute("meta", view.page().meta());
		model.addAttribute("crumbs", List.of(Crumb.home(), PEOPLE, Crumb.here(view.page().name())));
		return "person/show";
	}

}
