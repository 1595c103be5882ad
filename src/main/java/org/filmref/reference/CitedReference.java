package org.filmref.reference;

import java.util.List;

/**
 * An entry of a page's References list, with links back to every place on the page that cites it.
 *
 * @param html the entry's content, for {@code th:utext}: a back link to each citing mark ("↑" for one, "a", "b", …
 * for several), then the citation; written once, as pages keep their references with their view model
 */
public record CitedReference(int number, String id, ReferenceView reference, List<String> citedFrom, String html) {

	public CitedReference(int number, String id, ReferenceView reference, List<String> citedFrom) {
		this(number, id, reference, citedFrom, html(reference, citedFrom));
	}

	private static String html(ReferenceView reference, List<String> citedFrom) {
		StringBuilder html = new StringBuilder(320);
		for (String from : citedFrom) {
			html.append("<a href=\"#").append(from).append("\">")
				.append(citedFrom.size() == 1 ? "\u2191" : from.substring(from.lastIndexOf('-') + 1))
				.append("</a>");
		}
		return html.append(' ').append(reference.html()).toString();
	}

}
