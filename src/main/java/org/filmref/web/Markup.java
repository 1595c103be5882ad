package org.filmref.web;

/**
 * Markup for the small pieces that pages repeat hundreds of times (a name that links to its page, a footnote mark, a
 * citation), written by the view models that hold them instead of by a template fragment per piece: a fragment call
 * costs Thymeleaf's event processing for every element and attribute inside it, and the film page has some 500 of
 * them. Text is escaped for element content ({@code &}, {@code <}, {@code >}: quotation marks need no escaping
 * there), attribute values for a double-quoted attribute.
 * Templates write it with {@code th:utext}.
 */
final class Markup {

	private Markup() {
	}

	/** Text as element content: {@code &}, {@code <} and {@code >} escaped; the text itself where it has none. */
	static String text(String text) {
		// String.indexOf searches the string's own bytes: a loop of charAt over a text with a character outside
		// Latin-1 (a typographic quotation mark, a dash) costs a bounds check per character with the C1 compiler.
		if (text.indexOf('&') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0) {
			return text;
		}
		return escape(new StringBuilder(text.length() + 16), text, false).toString();
	}

	/** Appends text as element content. */
	static StringBuilder text(StringBuilder html, String text) {
		return escape(html, text, false);
	}

	/** Appends {@code <a href="href">label</a>}; a quotation mark in the address is written {@code &#34;}. */
	static StringBuilder link(StringBuilder html, String href, String label) {
		html.append("<a href=\"");
		escape(html, href, true).append("\">");
		return escape(html, label, false).append("</a>");
	}

	/**
	 * Appends {@code  name="value"}, the value escaped for a double-quoted attribute; nothing where the value is
	 * {@code null}, as Thymeleaf leaves out an attribute whose expression is null.
	 */
	static StringBuilder attribute(StringBuilder html, String name, String value) {
		return value == null ? html : escape(html.append(' ').append(name).append("=\""), value, true).append('"');
	}

	/** Appends a link where there is an address, the label alone where there is none. */
	static StringBuilder linkOrText(StringBuilder html, String href, String label) {
		return href != null ? link(html, href, label) : text(html, label);
	}

	private static StringBuilder escape(StringBuilder html, String text, boolean attribute) {
		int first = 0;
		while (first < text.length() && !needsEscape(text.charAt(first), attribute)) {
			first++;
		}
		if (first == text.length()) {
			return html.append(text);
		}
		html.append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append(attribute ? "&#34;" : "\"");
				default -> html.append(c);
			}
		}
		return html;
	}

	private static boolean needsEscape(char c, boolean attribute) {
		return c == '&' || c == '<' || c == '>' || (attribute && c == '"');
	}

}
