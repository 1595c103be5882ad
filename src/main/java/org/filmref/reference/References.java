package org.filmref.reference;

import java.util.List;


/**
 * A page's References list ({@link Citations#references()}): its entries in the order of their numbers, each with back
 * links to every place on the page that cites it.
 */
public record References(List<CitedReference> entries) {

	/** The list of a page that cites nothing. */
	public static final References NONE = new References(List.of());

	public boolean isEmpty() {
		return entries.isEmpty();
	}

}
