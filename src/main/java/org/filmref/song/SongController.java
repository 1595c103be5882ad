package org.filmref.song;

import java.util.List;

import org.filmref.web.Crumb;
import org.filmref.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SongController {

	private final SongPages pages;

	SongController(SongPages pages) {
		this.pages = pages;
	}

	@GetMapping("/songs/{slug}")
	String show(@PathVariable String slug, Model model) {
		SongPage page = pages.find(slug).orElseThrow(() -> new NotFoundException("song", slug));
		model.addAttribute("page", page);
		model.addAttribute("meta", page.meta());
		model.addAttribute("crumbs", List.of(Crumb.home(), Crumb.here(page.title() + " (song)")));
		return "song/show";
	}

}
