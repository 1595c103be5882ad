package org.filmref.novel;

import java.util.List;

import org.filmref.web.Crumb;
import org.filmref.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class NovelController {

	private final NovelPages pages;

	NovelController(NovelPages pages) {
		this.pages = pages;
	}

	@GetMapping("/novels/{slug}")
	String show(@PathVariable String slug, Model model) {
		NovelPage page = pages.find(slug).orElseThrow(() -> new NotFoundException("novel", slug));
		model.addAttribute("page", page);
		model.addAttribute("meta", page.meta());
		// Novels have no index of their own: the trail leads through the author, whose page lists them.
		model.addAttribute("crumbs", List.of(Crumb.home(), new Crumb("People", "/people"),
				new Crumb(page.author().label(), page.author().href()), Crumb.here(page.title() + " (novel)")));
		return "novel/show";
	}

}
