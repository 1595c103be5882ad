package org.filmref.reference;

import java.util.List;

import org.filmref.web.Html;
import org.filmref.web.Languages;
import org.filmref.web.Link;

/**
 * A critic's quote as pages show it: the words, the credit, and its footnote. Made by the review feature
 * ({@code ReviewViews.quote}); here, with the sources, so that any page can show quotes.
 *
 * @param permalink the quote's own page
 * @param critic the critic, or {@code null} for a quote credited to its publication alone
 * @param creditCaveat what is uncertain about who wrote it, shown beside the credit
 * @param dateNote where the date comes from when the review does not print it, or why there is none
 * @param footnotes the marks linking to the quote's entry in the page's References
 * @param creditHtml the credit as a quote's caption shows it ({@code th:utext}), written once with the view: the
 * critic and the publication linked, the publication cited, the doubt about the credit beside what it qualifies,
 * then issue, article title and date, as {@link #attribution()} words it
 */
public record QuoteView(long id, String permalink, String quote, Link critic, String creditCaveat,
		Link publication, String issue, String date, String dateNote, String articleTitle, String originalLanguage,
		String originalText, String note, Link film, List<Footnote> footnotes, Html creditHtml) implements Footnoted {

	public QuoteView(long id, String permalink, String quote, Link critic, String creditCaveat, Link publication,
			String issue, String date, String dateNote, String articleTitle, String originalLanguage,
			String originalText, String note, Link film, List<Footnote> footnotes) {
		this(id, permalink, quote, critic, creditCaveat, publication, issue, date, dateNote, articleTitle,
				originalLanguage, originalText, note, film, footnotes,
				creditHtml(critic, creditCaveat, publication, issue, articleTitle, dateText(date, dateNote)));
	}

	private static Html creditHtml(Link critic, String caveat, Link publication, String issue, String articleTitle,
			String dateText) {
		Html.Builder html = Html.builder(160);
		if (critic != null) {
			html.html(critic.html());
			caveat(html, caveat).text(", ");
		}
		html.start("cite").link(publication.href() != null ? publication.href() : "", publication.label()).end("cite");
		if (critic == null) {
			caveat(html, caveat);
		}
		if (issue != null) {
			html.text(" " + issue);
		}
		if (articleTitle != null) {
			html.text(": \u201c" + articleTitle + "\u201d");
		}
		if (dateText != null) {
			html.text(", " + dateText);
		}
		return html.build();
	}

	private static Html.Builder caveat(Html.Builder html, String caveat) {
		return caveat == null ? html : html.start("span", "class", "caveat").text(" (" + caveat + ")").end("span");
	}

	/** "22 December 1995 (date from the URL)", the date alone, the note alone where there is no date, or null. */
	public String dateText() {
		return dateText(date, dateNote);
	}

	private static String dateText(String date, String dateNote) {
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

	/** The language the critic wrote in, in words. */
	public String languageName() {
		return Languages.name(originalLanguage);
	}

	/** "English-language critics", or "German-language critics, in English translation". */
	public String criticsHeading() {
		return Languages.criticsHeading(originalLanguage);
	}

}
