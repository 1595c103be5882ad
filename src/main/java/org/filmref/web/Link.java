package org.filmref.web;

/**
 * A label with an optional in-site address: names of people or films without a page of their own are shown as
 * plain text, never as broken links.
 *
 * @param label the text shown
 * @param href the address, or {@code null} where there is no page to link to
 */
public record Link(String label, String href) {

	public static Link plain(String label) {
		return new Link(label, null);
	}

	public boolean linked() {
		return href != null;
	}

	/** {@code <a href="…">label</a>}, or the label alone where there is no page (templates: {@code th:utext}). */
	public Html html() {
		return Html.linkOrText(href, label);
	}

	/** Labels separated by commas, each linked where it has a page. */
	public static Html joined(Iterable<Link> links) {
		Html.Builder html = Html.builder();
		for (Link link : links) {
			if (!html.isEmpty()) {
				html.text(", ");
			}
			html.linkOrText(link.href, link.label);
		}
		return html.build();
	}

}
