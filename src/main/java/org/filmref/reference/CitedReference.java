package org.filmref.reference;

import java.util.List;

import org.filmref.web.Html;

/**
 * An entry of a page's References list, with links back to every place on the page that cites it.
 *
 * @param citedFrom the ids of the marks that cite it, in the page's order
 * @param backLinks the links to those marks ({@code th:utext}): "↑" where there is one, "a", "b", … where there are
 * several, each {@code <a href="#cite-…">}; like a footnote mark, written once when the list is made
 * @param citation the reference's citation ({@link ReferenceView#citation()}), written once when the list is made
 */
public record CitedReference(int number, String id, ReferenceView reference, List<String> citedFrom, Html backLinks,
		Html citation) {

	public CitedReference(int number, String id, ReferenceView reference, List<String> citedFrom) {
		this(number, id, reference, citedFrom, backLinks(citedFrom), reference.citation());
	}

	private static Html backLinks(List<String> citedFrom) {
		Html.Builder html = Html.builder(citedFrom.size() * 32);
		for (String from : citedFrom) {
			html.link("#" + from, citedFrom.size() == 1 ? "\u2191" : from.substring(from.lastIndexOf('-') + 1));
		}
		return html.build();
	}

}
