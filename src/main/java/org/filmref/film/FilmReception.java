package org.filmref.film;

import java.util.List;

import org.filmref.reference.Citations;
import org.filmref.reference.QuoteView;
import org.filmref.web.JsonLd.Node;

/**
 * The critics' quotes on the film page, from the review feature, which builds on films and implements this: the film
 * feature knows no review.
 */
public interface FilmReception {

	/** The film page's selection of quotes in order (one statement), citing their sources in {@code citations}. */
	Quotes of(Film film, Citations citations);

	/**
	 * @param quotes the quotes as the page shows them
	 * @param structuredData each quote as a schema.org {@code CriticReview} for the film's {@code Movie}, without its
	 * text (which is on the quote's own page)
	 * @param allQuotesPath where every critic quote on the film is
	 */
	record Quotes(List<QuoteView> quotes, List<Node> structuredData, String allQuotesPath) {
	}

}
