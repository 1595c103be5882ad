package org.filmref.reference;

import java.util.List;

import org.filmref.web.Languages;
import org.filmref.web.Link;

/**
 * A critic's quote as pages show it: the words, the attribution, and its footnote. Made by the review feature; here,
 * with the sources, so that any page can show quotes.
 *
 * @param permalink the quote's own page
 * @param footnotes the marks linking to the quote's entry in the page's References
 */
public record QuoteView(long id, String permalink, String quote, String critic, Link publication, String issue,
		String date, String articleTitle, String originalLanguage, String originalText, String note, Link film,
		List<Footnote> footnotes) {

	/** The language the quote was published in: "German". */
	public String originalLanguageName() {
		return Languages.name(originalLanguage);
	}

	/** "Urs Jenny, Der Spiegel 17/1996" — the attribution line under a quote. */
	public String attribution() {
		StringBuilder text = new StringBuilder();
		if (critic != null) {
			text.append(critic).append(", ");
		}
		text.append(publication.label());
		if (issue != null) {
			text.append(" ").append(issue);
		}
		if (date != null) {
			text.append(" (").append(date).append(")");
		}
		return text.toString();
	}

}
