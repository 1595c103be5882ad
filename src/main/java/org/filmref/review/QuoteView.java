package org.filmref.review;

import java.util.List;

import org.filmref.reference.Footnote;
import org.filmref.web.Dates;
import org.filmref.web.Link;
import org.filmref.web.Paths;

/**
 * A critic's quote as pages show it: the words, the attribution, and its footnote.
 *
 * @param permalink the quote's own page
 * @param footnotes the marks linking to the quote's entry in the page's References
 */
public record QuoteView(long id, String permalink, String quote, String critic, Link publication, String issue,
		String date, String articleTitle, String originalLanguage, String originalText, String note, Link film,
		List<Footnote> footnotes) {

	public static QuoteView of(CriticReview review, List<Footnote> footnotes) {
		Publication publication = review.getPublication();
		return new QuoteView(review.getId(), Paths.review(review.getId()), review.getQuote(), review.getCritic(),
				new Link(publication.getName(), Paths.publication(publication)), review.getIssue(),
				Dates.day(review.getPublishedOn()), review.getArticleTitle(), review.getOriginalLanguage(),
				review.getOriginalText(), review.getNote(),
				Paths.filmLink(review.getFilm()), footnotes);
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
