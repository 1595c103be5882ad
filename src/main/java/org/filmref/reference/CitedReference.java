package org.filmref.reference;

import java.util.List;

/**
 * An entry of a page's References list, with links back to every place on the page that cites it.
 *
 * @param citedFrom the ids of the marks that cite it, in the page's order
 */
public record CitedReference(int number, String id, ReferenceView reference, List<String> citedFrom) {

	/** The label of the back link to a citing mark: "↑" where there is one, "a", "b", … where there are several. */
	public String backLinkLabel(String from) {
		return citedFrom.size() == 1 ? "\u2191" : from.substring(from.lastIndexOf('-') + 1);
	}

}
