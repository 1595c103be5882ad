package org.filmref.film;

import java.util.List;

import org.filmref.web.Description;
import org.filmref.web.NotFoundException;
import org.filmref.web.PageMeta;
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
		List<Film> all = films.findAllWithPage();
		model.addAttribute("films", all);
		model.addAttribute("meta", PageMeta.of("Films", Description.listing(
				"A film reference: sourced articles with cast and crew, awards, critics' quotes and references. Films: ",
				all.stream()
					.map(film -> film.getTitle() + (film.getReleaseYear() != null ? " (" + film.getReleaseYear() + ")" : ""))
					.toList(),
				"."), "/"));
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
