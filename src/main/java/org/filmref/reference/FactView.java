package org.filmref.reference;

import java.util.List;

/**
 * A sourced statement as a page shows it: label, content, the note on differing sources, and its footnote marks.
 */
public record FactView(String label, String content, String note, List<Footnote> footnotes) implements Footnoted {

	/** Cites the fact's references in {@code citations}; call in reading order. */
	public static FactView of(Fact fact, Citations citations) {
		return new FactView(fact.getLabel(), fact.getContent(), fact.getNote(), citations.cite(fact.getReferences()));
	}

}
