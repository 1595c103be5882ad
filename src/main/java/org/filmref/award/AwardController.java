package org.filmref.award;

import java.util.List;
import java.util.Map;

import org.filmref.award.AwardViews.AwardIndex;
import org.filmref.award.AwardViews.Body;
import org.filmref.award.AwardViews.CategoryHistory;
import org.filmref.award.AwardViews.CeremonyPage;
import org.filmref.web.Crumb;
import org.filmref.web.NotFoundException;
import org.filmref.web.PageMeta;
import org.filmref.web.Site;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The award pages. A year that is not a number fails conversion and is answered 400 by Spring MVC. A ceremony is
 * addressed by the year it was held; its edition number (/awards/academy-awards/68) redirects there for good.
 */
@Controller
class AwardController {

	private static final Crumb AWARDS = new Crumb("Awards", "/awards");

	private final AwardPages pages;

	private final AwardSeasons seasons;

	private final AwardRepository awards;

	private final Site site;

	AwardController(AwardPages pages, AwardSeasons seasons, AwardRepository awards, Site site) {
		this.pages = pages;
		this.seasons = seasons;
		this.awards = awards;
		this.site = site;
	}

	@GetMapping("/awards")
	String index(Model model) {
		AwardIndex index = pages.index();
		model.addAttribute("index", index);
		model.addAttribute("meta", PageMeta.of(AWARDS.label(), index.metaDescription(), AWARDS.href()));
		model.addAttribute("crumbs", List.of(Crumb.home(), Crumb.here(AWARDS.label())));
		return "award/index";
	}

	@GetMapping("/awards/{slug}")
	String body(@PathVariable String slug, Model model) {
		Body body = pages.body(slug).orElseThrow(() -> new NotFoundException("award", slug));
		model.addAttribute("body", body);
		model.addAttribute("meta", PageMeta.of(body.name(), body.metaDescription(), body.path()));
		model.addAttribute("crumbs", List.of(Crumb.home(), AWARDS, Crumb.here(body.name())));
		return "award/body";
	}

	@GetMapping("/awards/{slug}/{year}")
	ModelAndView ceremony(@PathVariable String slug, @PathVariable int year) {
		CeremonyPage page = pages.ceremony(slug, year).orElse(null);
		if (page == null) {
			return awards.findCeremonyYearByEdition(slug, year)
				.map(held -> permanentRedirect(Ceremony.path(slug, held)))
				.orElseThrow(() -> new NotFoundException("ceremony", slug + "/" + year));
		}
		String path = Ceremony.path(slug, year);
		return new ModelAndView("award/ceremony", Map.of("page", page, "crumbs", List.of(Crumb.home(), AWARDS,
				new Crumb(page.award().label(), page.award().href()), Crumb.here(page.name())), "meta",
				PageMeta.of(page.name(), page.metaDescription(), path)
					.jsonLd(page.event(site.url(path)))));
	}

	/** Every awards season the site holds, a column per award body. */
	@GetMapping(AwardSeasonIndex.PATH)
	String seasons(Model model) {
		AwardSeasonIndex index = seasons.index();
		model.addAttribute("index", index);
		model.addAttribute("crumbs", index.breadcrumbs());
		model.addAttribute("meta", PageMeta.of(AwardSeasonIndex.TITLE, index.metaDescription(), AwardSeasonIndex.PATH));
		return "award/seasons";
	}

	/** The awards season of a film year: every nominated film, a column per award body. */
	@GetMapping("/awards/seasons/{year}")
	String season(@PathVariable int year, Model model) {
		AwardSeason season = seasons.find(year).orElseThrow(() -> new NotFoundException("awards season", year));
		model.addAttribute("season", season);
		model.addAttribute("crumbs", season.breadcrumbs());
		model.addAttribute("meta", PageMeta.of(season.title(), season.metaDescription(), season.path()));
		return "award/season";
	}

	/** A category's history: newest ceremony first; {@code ?order=oldest} for the other way round. */
	@GetMapping("/awards/{slug}/categories/{category}")
	String history(@PathVariable String slug, @PathVariable String category,
			@RequestParam(defaultValue = "newest") Order order, Model model) {
		CategoryHistory page = pages.history(slug, category, order == Order.oldest)
			.orElseThrow(() -> new NotFoundException("category", slug + "/" + category));
		model.addAttribute("page", page);
		model.addAttribute("crumbs", List.of(Crumb.home(), AWARDS, new Crumb(page.award().label(), page.award().href()),
				Crumb.here(page.name())));
		model.addAttribute("meta", PageMeta.of(page.name() + " – " + page.award().label(), page.metaDescription(),
				page.path()));
		return "award/history";
	}

	/** The order of a category's history; any other value fails conversion and is answered 400. */
	enum Order {

		newest, oldest

	}

	private static ModelAndView permanentRedirect(String path) {
		RedirectView redirect = new RedirectView(path);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return new ModelAndView(redirect);
	}

}
