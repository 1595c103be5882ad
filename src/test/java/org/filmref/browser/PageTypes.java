package org.filmref.browser;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * One page of every type the site serves, for the checks that must hold on all of them. A new page type is added
 * here once and is then checked for accessibility, small screens and the rest.
 */
final class PageTypes {

	/** Stands for the permalink of the film page's first critic quote, whose id the seed does not fix. */
	static final String FIRST_QUOTE_PERMALINK = "{first quote}";

	private PageTypes() {
	}

	static Stream<Arguments> all() {
		return Stream.of(argumentSet("film index", "/"), argumentSet("film", "/films/leaving-las-vegas"),
				// A followed footnote or award link highlights its target (:target): its links must still contrast.
				argumentSet("film at a reference", "/films/leaving-las-vegas#ref-1"),
				argumentSet("people index", "/people"), argumentSet("person", "/people/elisabeth-shue"),
				argumentSet("person with novels and songs", "/people/john-obrien"),
				argumentSet("novel", "/novels/leaving-las-vegas"), argumentSet("song", "/songs/leaving-las-vegas"),
				argumentSet("award index", "/awards"), argumentSet("award body", "/awards/academy-awards"),
				argumentSet("ceremony", "/awards/academy-awards/1996"),
				argumentSet("ceremony at a category", "/awards/academy-awards/1996#best-actress"),
				argumentSet("category history", "/awards/academy-awards/categories/best-actress"), argumentSet("reviews list", "/reviews"),
				argumentSet("review permalink", FIRST_QUOTE_PERMALINK),
				argumentSet("publications", "/publications"), argumentSet("publication", "/publications/der-spiegel"),
				argumentSet("critics", "/critics"), argumentSet("critic", "/critics/owen-gleiberman"),
				argumentSet("search results", "/search?q=cage"), argumentSet("search without results", "/search?q=xyzzyq"),
				argumentSet("empty search", "/search"), argumentSet("404 page", "/films/no-such-film"),
				argumentSet("400 page", "/reviews/not-a-number"));
	}

	/** Opens the page, resolving {@link #FIRST_QUOTE_PERMALINK} through the film page's first permalink. */
	static void open(Browser browser, String path) {
		if (FIRST_QUOTE_PERMALINK.equals(path)) {
			browser.open("/films/leaving-las-vegas");
			path = browser.find("#reception a.permalink").getDomAttribute("href");
		}
		browser.open(path);
	}

}
