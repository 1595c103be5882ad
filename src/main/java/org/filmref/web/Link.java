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
	public String html() {
		return appendTo(new StringBuilder(label.length() + (href != null ? href.length() + 16 : 0))).toString();
	}

	/** Appends {@link #html()}. */
	public StringBuilder appendTo(StringBuilder html) {
		return Markup.linkOrText(html, href, label);
	}

	/** Labels separated by commas, each linked where it has a page. */
	public static String joined(Iterable<Link> links) {
		StringBuilder html = new StringBuilder();
		for (Link link : links) {
			if (!html.isEmpty()) {
				html.append(", ");
			}
			link.appendTo(html);
		}
		return html.toString();
	}

}
