package org.filmref.reference;

import java.util.List;

import org.filmref.web.Html;

/**
 * An entry of a page's References list, with links back to every place on the page that cites it.
 *
 * @param citedFrom the ids of the marks that cite it, in the page's order
 * @param content the entry as the list shows it ({@code th:utext}), written once when the list is made: the links back
 * to those marks ("↑" where there is one, "a", "b", … where there are several, each {@code <a href="#cite-…">}),
 * then the reference's citation ({@link ReferenceView#citation()})
 */
public record CitedReference(int number, String id, ReferenceView reference, List<String> citedFrom, Html content) {

	public CitedReference(int number, String id, ReferenceView reference, List<String> citedFrom) {
		this(number, id, reference, citedFrom, content(citedFrom, reference.citation()));
	}

	private static Html content(List<String> citedFrom, Html citation) {
		Html.Builder html = Html.builder(citedFrom.size() * 32 + citation.toString().length() + 1);
		for (String from : citedFrom) {
			html.link("#" + from, citedFrom.size() == 1 ? "\u2191" : from.substring(from.lastIndexOf('-') + 1));
		}
		return html.text(" ").html(citation).build();
	}

}
