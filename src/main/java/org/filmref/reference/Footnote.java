package org.filmref.reference;

import java.util.List;

import org.filmref.web.Html;

/**
 * A footnote mark in running text. Made by {@link Citations#cite}, numbered when the page's references are listed
 * ({@link Citations#references()}), so that the page may build its parts in any order.
 */
public final class Footnote {

	private int number;

	private String id;

	private String target;

	/** The mark's markup, written once when it is numbered: a cached page renders it again and again. */
	private Html mark;

	Footnote() {
	}

	void numbered(int number, String id, String target) {
		this.number = number;
		this.id = id;
		this.target = target;
		this.mark = Html.builder(48)
			.start("sup", "id", id)
			.start("a", "href", "#" + target)
			.text("[")
			.text(number)
			.text("]")
			.end("a")
			.end("sup")
			.build();
	}

	/** The reference's number on the page. */
	public int number() {
		return numbered(number);
	}

	/** This mark's own id, the target of the reference's back link. */
	public String id() {
		return numbered(id);
	}

	/** The id of the reference in the page's References list. */
	public String target() {
		return numbered(target);
	}

	private Html mark() {
		return numbered(mark);
	}

	private <T> T numbered(T value) {
		if (id == null) {
			throw new IllegalStateException("Not numbered yet: the page's references are listed last");
		}
		return value;
	}

	/**
	 * The marks as the page shows them, {@code <sup id="…"><a href="#…">[1]</a></sup>} each, for {@code th:utext}
	 * (see {@link Html}).
	 */
	public static Html marks(List<Footnote> footnotes) {
		if (footnotes.isEmpty()) {
			return Html.EMPTY;
		}
		if (footnotes.size() == 1) {
			return footnotes.get(0).mark();
		}
		Html.Builder html = Html.builder(footnotes.size() * 48);
		for (Footnote footnote : footnotes) {
			html.html(footnote.mark());
		}
		return html.build();
	}

	@Override
	public String toString() {
		return "[" + number + "]";
	}

}
