package org.filmref.web;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * One page of every type the site serves, for the checks that must hold on all of them: in a browser
 * (accessibility, small screens) and on the served HTML (validity, descriptions). A new page type is added here
 * once and is then checked for all of it.
 */
public final class PageTypes {

	public static final String FILM = "/films/leaving-las-vegas";

	/** Stands for the permalink of the film page's first critic quote, whose id the seed does not fix. */
	public static final String FIRST_QUOTE_PERMALINK = "{first quote}";

	/** The error pages among the types: an unknown slug (404) and a malformed id (400). */
	public static final String NOT_FOUND = "/films/no-such-film";

	public static final String BAD_REQUEST = "/reviews/not-a-number";

	/** Where on the {@link #FILM film page} the first quote's permalink is. */
	public static final String FIRST_QUOTE_PERMALINK_LINK = "#reception a.permalink";

	private PageTypes() {
	}

	/** Name and path (with a query or fragment) of each page type, for {@code @MethodSource}. */
	public static Stream<Arguments> all() {
		return Stream.of(argumentSet("home", "/"), argumentSet("film index", "/films"),
				argumentSet("film index of a decade, page 2", "/films?decade=1990&page=2"), argumentSet("film", FILM),
				// A followed footnote or award link highlights its target (:target): its links must still contrast.
				argumentSet("film at a reference", FILM + "#ref-1"),
				argumentSet("film without an article", "/films/titanic-1997"),
				argumentSet("people index", "/people"), argumentSet("person", "/people/elisabeth-shue"),
				argumentSet("person without an article", "/people/katharine-hepburn"),
				argumentSet("person with novels and songs", "/people/john-obrien"),
				argumentSet("novel", "/novels/leaving-las-vegas"), argumentSet("song", "/songs/leaving-las-vegas"),
				argumentSet("award index", "/awards"), argumentSet("award body", "/awards/academy-awards"),
				argumentSet("ceremony", "/awards/academy-awards/1996"),
				argumentSet("ceremony at a category", "/awards/academy-awards/1996#best-actress"),
				argumentSet("category history", "/awards/academy-awards/categories/best-actress"),
				argumentSet("awards seasons", "/awards/seasons"), argumentSet("awards season", "/awards/seasons/1995"), argumentSet("reviews list", "/reviews"),
				argumentSet("review permalink", FIRST_QUOTE_PERMALINK),
				argumentSet("publications", "/publications"), argumentSet("publication", "/publications/der-spiegel"),
				argumentSet("critics", "/critics"), argumentSet("critic", "/critics/owen-gleiberman"),
				argumentSet("search results", "/search?q=cage"), argumentSet("search without results", "/search?q=xyzzyq"),
				argumentSet("empty search", "/search"), argumentSet("404 page", NOT_FOUND),
				argumentSet("400 page", BAD_REQUEST));
	}

	/** The status a page type answers with: 200 but for the two error pages. */
	public static int status(String path) {
		return switch (path) {
			case NOT_FOUND -> 404;
			case BAD_REQUEST -> 400;
			default -> 200;
		};
	}

	/**
	 * One of each document the server sends: the page types without the ones that differ only by a fragment, for
	 * checks of the served HTML rather than of what a browser shows.
	 */
	public static Stream<Arguments> documents() {
		return all().filter(type -> !((String) type.get()[0]).contains("#"));
	}

}
