package org.filmref.web;

import java.util.Set;

/**
 * A piece of markup that a template writes as it is ({@code th:utext}, the only type it takes there, see
 * {@link HtmlOnlyUtext}). There is no way to make one from a string as it stands: text goes in escaped
 * ({@link #text}, {@link Builder#text}), elements and attributes by name ({@link Builder#start}), their values
 * escaped. The site writes a few small pieces this way, those repeated dozens or hundreds of times on a page (a name
 * that links to its page, a footnote mark, a citation, the inline content of a table cell), where a fragment per piece
 * would cost Thymeleaf's processing of each of its elements and conditions on every render; the view models write
 * them once and keep them. Anything with a structure to see (a table, its rows and cells, a list, an article) is a
 * template.
 */
public final class Html {

	public static final Html EMPTY = new Html("");

	/** Elements whose content is not text: never written by Java. */
	private static final Set<String> FORBIDDEN = Set.of("script", "style", "iframe", "object", "embed", "template");

	private final String markup;

	private Html(String markup) {
		this.markup = markup;
	}

	/** Text, escaped as element content. */
	public static Html text(String text) {
		return text == null || text.isEmpty() ? EMPTY : new Html(Markup.text(text));
	}

	/** A link where there is an address, the label alone where there is none. */
	public static Html linkOrText(String href, String label) {
		return builder(label.length() + 32).linkOrText(href, label).build();
	}

	/**
	 * An empty table cell's content: a dash for the eye, hidden from screen readers, which read the words instead
	 * ("not nominated", "No film named").
	 */
	public static Html dash(String spoken) {
		return builder(96).start("span", "aria-hidden", "true")
			.text("\u2014")
			.end("span")
			.start("span", "class", "visually-hidden")
			.text(spoken)
			.end("span")
			.build();
	}

	/**
	 * The content of a {@code <script type="application/ld+json">}: JSON in which no {@code </} can close the
	 * element ({@link JsonLd#write}).
	 */
	static Html scriptData(String json) {
		if (json.contains("</")) {
			throw new IllegalArgumentException("Script data must not contain </");
		}
		return new Html(json);
	}

	public static Builder builder() {
		return new Builder(64);
	}

	public static Builder builder(int capacity) {
		return new Builder(capacity);
	}

	public boolean isEmpty() {
		return markup.isEmpty();
	}

	/** The markup. */
	@Override
	public String toString() {
		return markup;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Html html && html.markup.equals(markup);
	}

	@Override
	public int hashCode() {
		return markup.hashCode();
	}

	/** Writes markup: text escaped, elements and attributes by name, attribute values escaped. */
	public static final class Builder {

		private final StringBuilder html;

		private Builder(int capacity) {
			this.html = new StringBuilder(capacity);
		}

		/** Text as element content: {@code &}, {@code <} and {@code >} escaped. */
		public Builder text(String text) {
			Markup.text(html, text);
			return this;
		}

		/** A number as text. */
		public Builder text(int number) {
			html.append(number);
			return this;
		}

		/** Markup already written. */
		public Builder html(Html markup) {
			html.append(markup.markup);
			return this;
		}

		/** {@code <a href="href">label</a>}. */
		public Builder link(String href, String label) {
			Markup.link(html, href, label);
			return this;
		}

		/** A link where there is an address, the label alone where there is none. */
		public Builder linkOrText(String href, String label) {
			Markup.linkOrText(html, href, label);
			return this;
		}

		/**
		 * A start tag: {@code <element name="value" …>}, with the attributes given as name and value in turn; an
		 * attribute whose value is {@code null} is left out.
		 */
		public Builder start(String element, String... attributes) {
			html.append('<').append(name(element));
			for (int i = 0; i < attributes.length; i += 2) {
				String attribute = name(attributes[i]);
				if (attribute.startsWith("on")) {
					throw new IllegalArgumentException("No event handler attributes: " + attribute);
				}
				Markup.attribute(html, attribute, attributes[i + 1]);
			}
			html.append('>');
			return this;
		}

		/** An end tag: {@code </element>}. */
		public Builder end(String element) {
			html.append("</").append(name(element)).append('>');
			return this;
		}

		public boolean isEmpty() {
			return html.isEmpty();
		}

		public Html build() {
			return html.isEmpty() ? EMPTY : new Html(html.toString());
		}

		/** An element or attribute name: a letter, then letters, digits and hyphens; none of {@link #FORBIDDEN}. */
		private static String name(String name) {
			boolean valid = !name.isEmpty() && name.charAt(0) >= 'a' && name.charAt(0) <= 'z';
			for (int i = 1; valid && i < name.length(); i++) {
				char c = name.charAt(i);
				valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
			}
			if (!valid || FORBIDDEN.contains(name)) {
				throw new IllegalArgumentException("Not an element or attribute Java may write: " + name);
			}
			return name;
		}

	}

}
