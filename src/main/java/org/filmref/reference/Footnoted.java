package org.filmref.reference;

import java.util.List;

/** Something a page shows with footnote marks after it: a value, a fact, a quote, a nomination. */
public interface Footnoted {

	List<Footnote> footnotes();

	/** The marks, for {@code th:utext}: {@code <sup id="…"><a href="#…">[1]</a></sup>}… */
	default String footnoteMarks() {
		return Footnote.marks(footnotes());
	}

}
