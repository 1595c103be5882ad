package org.filmref.film;

import org.filmref.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class FilmController {

	private final FilmPages pages;

	private final FilmRepository films;

	FilmController(FilmPages pages, FilmRepository films) {
		this.pages = pages;
		this.films = films;
	}

	@GetMapping("/")
	String index(Model model) {
		model.addAttribute("films", films.findAllWithPage());
		return "film/index";
	}

	@GetMapping("/films/{slug}")
	String show(@PathVariable String slug, Model model) {
		FilmPage page = pages.find(slug).orElseThrow(() -> new NotFoundException("film", slug));
		model.addAttribute("page", page);
		model.addAttribute("meta", page.meta());
		return "film/show";
	}

}
