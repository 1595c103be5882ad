package org.filmref.reference;

import java.util.List;

import org.filmref.web.Languages;
import org.filmref.web.Link;
import org.filmref.web.Markup;
import org.filmref.web.Memo;

/**
 * A critic's quote as pages show it: the words, the credit, and its footnote. Made by the review feature
 * ({@code ReviewViews.quote}); here, with the sources, so that any page can show quotes.
 *
 * @param permalink the quote's own page
 * @param critic the critic, or {@code null} for a quote credited to its publication alone
 * @param creditCaveat what is uncertain about who wrote it, shown beside the credit
 * @param dateNote where the date comes from when the review does not print it, or why there is none
 * @param footnotes the marks linking to the quote's entry in the page's References
 */
public record QuoteView(long id, String permalink, String quote, Link critic, String creditCaveat,
		Link publication, String issue, String date, String dateNote, String articleTitle, String originalLanguage,
		String originalText, String note, Link film, List<Footnote> footnotes) implements Footnoted {

	private static final Memo<QuoteView> FULL = new Memo<>(quote -> quote.write(true));

	private static final Memo<QuoteView> SHORT = new Memo<>(quote -> quote.write(false));

	/** "22 December 1995 (date from the URL)", the date alone, the note alone where there is no date, or null. */
	public String dateText() {
		if (date == null) {
			return dateNote;
		}
		return dateNote == null ? date : date + " (" + dateNote + ")";
	}

	/**
	 * "Urs Jenny, Der Spiegel 17/1996" — the credit as one line of text, with its date and any doubt about the
	 * critic.
	 */
	public String attribution() {
		StringBuilder text = new StringBuilder();
		String caveat = creditCaveat != null ? " (" + creditCaveat + ")" : "";
		if (critic != null) {
			text.append(critic.label()).append(caveat).append(", ");
		}
		text.append(publication.label());
		if (critic == null) {
			text.append(caveat);
		}
		if (issue != null) {
			text.append(" ").append(issue);
		}
		if (articleTitle != null) {
			text.append(": \u201c").append(articleTitle).append("\u201d");
		}
		if (dateText() != null) {
			text.append(", ").append(dateText());
		}
		return text.toString();
	}

	/**
	 * The quote as pages show it, for {@code th:utext} on its {@code <div class="quote">}: a figure with the quote and
	 * its credit, footnote marks and permalink; where {@code full}, followed by the original text and the note (the
	 * film page and the quote's own page leave them out), after the figure, since a figcaption must be a figure's
	 * first or last child. Kept after the second render ({@link Memo}).
	 */
	public String html(boolean full) {
		return (full ? FULL : SHORT).of(this);
	}

	private String write(boolean full) {
		StringBuilder html = new StringBuilder(1024).append("\n<figure>\n<blockquote");
		Markup.attribute(html, "cite", permalink).append(">\n<p>");
		Markup.text(html, quote).append("</p>\n</blockquote>\n<figcaption>\u2014 ").append(creditHtml());
		html.append(footnoteMarks()).append("\n\u00b7 <a");
		Markup.attribute(html, "href", permalink).append(" class=\"permalink\">Permalink<span class=\"visually-hidden\">");
		Markup.text(html.append(" to the quote from "), publication.label()).append("</span></a>\n</figcaption>\n</figure>");
		if (full && originalText != null) {
			Markup.text(html.append("\n<details class=\"original\">\n<summary>Original text (<span>"), languageName());
			html.append("</span>)</summary>\n<p");
			Markup.attribute(html, "lang", originalLanguage).append('>');
			Markup.text(html, originalText).append("</p>\n</details>");
		}
		if (full && note != null) {
			Markup.text(html.append("\n<p class=\"note\">"), note).append("</p>");
		}
		return html.append('\n').toString();
	}

	/**
	 * The credit as {@link #attribution()} words it, for {@code th:utext}: the critic and the publication linked to
	 * their pages, the publication {@code <cite>}d, the doubt about the credit beside what it qualifies.
	 */
	public String creditHtml() {
		StringBuilder html = new StringBuilder(320);
		if (critic != null) {
			critic.appendTo(html);
			appendCaveat(html);
			html.append(", ");
		}
		Markup.href(html.append("<cite><a"), publication.href()).append('>');
		Markup.text(html, publication.label()).append("</a></cite>");
		if (critic == null) {
			appendCaveat(html);
		}
		if (issue != null) {
			Markup.text(html.append(' '), issue);
		}
		if (articleTitle != null) {
			Markup.text(html.append(": \u201c"), articleTitle).append('\u201d');
		}
		String dateText = dateText();
		if (dateText != null) {
			Markup.text(html.append(", "), dateText);
		}
		return html.toString();
	}

	private void appendCaveat(StringBuilder html) {
		if (creditCaveat != null) {
			Markup.text(html.append("<span class=\"caveat\"> ("), creditCaveat).append(")</span>");
		}
	}

	/** The language the critic wrote in, in words. */
	public String languageName() {
		return Languages.name(originalLanguage);
	}

	/** "English-language critics", or "German-language critics, in English translation". */
	public String criticsHeading() {
		return Languages.criticsHeading(originalLanguage);
	}

}
