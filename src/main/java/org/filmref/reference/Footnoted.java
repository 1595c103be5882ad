package org.filmref.reference;

import java.util.List;

import org.filmref.web.Html;

/** Something a page shows with footnote marks after it: a value, a fact, a quote, a nomination. */
public interface Footnoted {

	List<Footnote> footnotes();

	/** The marks, for {@code th:utext}: {@code <sup id="…"><a href="#…">[1]</a></sup>}… */
	default Html footnoteMarks() {
		return Footnote.marks(footnotes());
	}

}
