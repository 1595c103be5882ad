package org.filmref.reference;

import java.util.List;

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
 */
public record QuoteView(long id, String permalink, String quote, Link critic, String creditCaveat,
		Link publication, String issue, String date, String dateNote, String articleTitle, String originalLanguage,
		String originalText, String note, Link film, List<Footnote> footnotes) implements Footnoted {

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

	/** The language the critic wrote in, in words. */
	public String languageName() {
		return Languages.name(originalLanguage);
	}

	/** "English-language critics", or "German-language critics, in English translation". */
	public String criticsHeading() {
		return Languages.criticsHeading(originalLanguage);
	}

}
