package org.filmref.web;

/**
 * Something the site may have a page about. Each feature knows its own addresses: its entities implement this, so
 * that no shared class has to know every feature's URL scheme.
 */
public interface Linkable {

	/** The site-relative path of its page ({@code /films/leaving-las-vegas}), or {@code null} where it has none. */
	String path();

	/** Its name or title, linked to its page where it has one, as plain text where it has none. */
	Link link();

}
