package org.filmref.award;

import java.util.List;

import org.filmref.reference.Footnote;
import org.filmref.reference.Footnoted;
import org.filmref.web.Link;

/**
 * One award nomination, shown the same way on every page that lists nominations: a ceremony's field, a category's
 * history, a film's and a person's awards. Made by {@link Entries}.
 *
 * @param credit the nominees in the Academy's wording ("Mel Gibson, Alan Ladd, Jr. and Bruce Davey, Producers"),
 * each nominee's name a link where they have a page (but not on their own page)
 * @param films the film or films, each with its own detail where a nomination covers several
 * @param detail the character played, the song's title, …
 * @param note posthumous, declined, came in 2nd, …
 * @param citation the official wording of an honorary or scientific/technical award
 * @param featured whether a film of the nomination has an article on the site (its rows are highlighted)
 */
public record NominationView(boolean won, List<Segment> credit, List<FilmRef> films, String detail, String note,
		String citation, List<Footnote> footnotes, boolean featured) implements Footnoted {

	public boolean credited() {
		return !credit.isEmpty();
	}

	/** Whether the nomination has a detail, a note or a citation to show beside it. */
	public boolean detailed() {
		return detail != null || note != null || citation != null;
	}

	/**
	 * Whether a field of nominations needs its Detail column: a nomination with a detail, a note, a citation or a
	 * footnote. Computed once for a table by its view model, not by the template for every render.
	 */
	public static boolean anyDetailed(List<NominationView> field) {
		for (NominationView nomination : field) {
			if (nomination.detailed() || !nomination.footnotes().isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/** The credit as plain text: "Nicolas Cage". */
	public String creditText() {
		StringBuilder text = new StringBuilder();
		credit.forEach(segment -> text.append(segment.text()));
		return text.toString();
	}

	/** The class of the nomination's row in a field: "winner", "featured" (a film with an article), both or none. */
	public String fieldRowClass() {
		return won ? (featured ? "winner featured" : "winner") : (featured ? "featured" : null);
	}

	/** A piece of a credit: text, with an address where it names someone with a page. */
	public record Segment(String text, String href) {
	}

	/** A film of a nomination: its title as written at the ceremony, linked to the film's page. */
	public record FilmRef(Link film, String detail) {
	}

}
