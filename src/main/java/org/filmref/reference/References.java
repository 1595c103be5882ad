package org.filmref.reference;

import java.util.List;

import org.filmref.web.Memo;

/**
 * A page's References list ({@link Citations#references()}): its entries in the order of their numbers, each with back
 * links to every place on the page that cites it.
 */
public record References(List<CitedReference> entries) {

	/** The list of a page that cites nothing. */
	public static final References NONE = new References(List.of());

	private static final Memo<References> HTML = new Memo<>(References::write);

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	/**
	 * The list's items, {@code <li id="ref-1">…</li>} each, for {@code th:utext} on its {@code <ol>}: a page's lists
	 * are written by their view models, since a template's loop costs Thymeleaf's processing of every item on every
	 * render (the film page cites some fifty sources). Kept after the second render ({@link Memo}).
	 */
	public String html() {
		return HTML.of(this);
	}

	private String write() {
		StringBuilder html = new StringBuilder(400 * entries.size()).append('\n');
		for (CitedReference entry : entries) {
			html.append("<li id=\"").append(entry.id()).append("\">").append(entry.html()).append("</li>\n");
		}
		return html.toString();
	}

}
