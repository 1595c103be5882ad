package org.filmref.page;

import java.util.List;

import org.filmref.film.Film;
import org.filmref.film.FilmIndex;
import org.filmref.film.FilmRepository;
import org.filmref.web.Crumb;
import org.filmref.web.Decade;
import org.filmref.web.Description;
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
class FilmController {

	private final FilmPages pages;

	private final FilmRepository films;

	FilmController(FilmPages pages, FilmRepository films) {
		this.pages = pages;
		this.films = films;
	}

	/** The home page: what the site is, its articles, and the ways into the rest. */
	@GetMapping("/")
	String home(Model model) {
		List<Film> featured = films.findFeatured();
		model.addAttribute("featured", featured);
		model.addAttribute("meta", PageMeta.of("filmref", Description.listing(
				"A film reference: sourced articles with cast and crew, awards, critics' quotes and references, and every Academy Award. Articles: ",
				featured.stream()
					.map(film -> film.getTitle() + (film.getReleaseYear() != null ? " (" + film.getReleaseYear() + ")" : ""))
					.toList(),
				"."), "/"));
		return "film/home";
	}

	/** Every film, by title: all of them, under a letter or of a decade, a hundred a page. */
	@GetMapping(FilmIndex.PATH)
	String index(@RequestParam(required = false) Letter letter, @RequestParam(required = false) Decade decade,
			@RequestParam(defaultValue = "1") int page, Model model) {
		FilmIndex index = FilmIndex.of(pages.indexEntries(), new IndexFilter(FilmIndex.PATH, letter, decade), page);
		model.addAttribute("index", index);
		model.addAttribute("meta",
				PageMeta.of(index.title(), index.metaDescription(), index.pagination().canonical()));
		model.addAttribute("crumbs", index.filter().all() && page == 1 ? List.of(Crumb.home(), Crumb.here("Films"))
				: List.of(Crumb.home(), new Crumb("Films", FilmIndex.PATH), Crumb.here(index.title())));
		return "film/index";
	}

	@GetMapping("/films/{slug}")
	String show(@PathVariable String slug, Model model) {
		FilmView view = pages.find(slug).orElseThrow(() -> new NotFoundException("film", slug));
		model.addAttribute("page", view.page());
		model.addAttribute("awards", view.awards());
		model.addAttribute("meta", view.page().meta());
		return "film/show";
	}

}
