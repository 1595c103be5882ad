package org.filmref.person;

import java.util.List;

import org.filmref.web.Crumb;
import org.filmref.web.NotFoundException;
import org.filmref.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PersonController {

	private static final Crumb PEOPLE = new Crumb("People", "/people");

	private final PersonPages pages;

	PersonController(PersonPages pages) {
		this.pages = pages;
	}

	@GetMapping("/people")
	String index(Model model) {
		PersonIndex index = pages.index();
		model.addAttribute("index", index);
		model.addAttribute("meta", PageMeta.of(PEOPLE.label(), index.metaDescription(), PEOPLE.href()));
		model.addAttribute("crumbs", List.of(Crumb.home(), Crumb.here(PEOPLE.label())));
		return "person/index";
	}

	@GetMapping("/people/{slug}")
	String show(@PathVariable String slug, Model model) {
		PersonPage page = pages.find(slug).orElseThrow(() -> new NotFoundException("person", slug));
		model.addAttribute("page", page);
		model.addAttribute("meta", page.meta());
		model.addAttribute("crumbs", List.of(Crumb.home(), PEOPLE, Crumb.here(page.name())));
		return "person/show";
	}

}
