package org.filmref.award;

import java.util.List;

import org.filmref.reference.Footnote;
import org.filmref.reference.Footnoted;
import org.filmref.web.Link;
import org.filmref.web.Markup;

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

	/**
	 * The credit, for {@code th:utext}: each named nominee a link where they have a page; a dash, and "No nominee
	 * named" for screen readers, where the nomination names none.
	 */
	public String creditHtml() {
		if (!credited()) {
			return "<span aria-hidden=\"true\">\u2014</span><span class=\"visually-hidden\">No nominee named</span>";
		}
		StringBuilder html = new StringBuilder(64 * credit.size());
		credit.forEach(segment -> Markup.linkOrText(html, segment.href(), segment.text()));
		return html.toString();
	}

	/**
	 * The film or films, for {@code th:utext}: each title italic and linked, with its own detail where the
	 * nomination covers several.
	 */
	public String filmsHtml() {
		StringBuilder html = new StringBuilder(96 * films.size());
		for (FilmRef film : films) {
			if (!html.isEmpty()) {
				html.append(", ");
			}
			film.film().appendTo(html.append("<i>")).append("</i>");
			if (film.detail() != null) {
				Markup.text(html.append(" ("), film.detail()).append(')');
			}
		}
		return html.toString();
	}

	/** "★ Won" (strong, the star hidden from screen readers) or "Nominated", for {@code th:utext}. */
	public String resultHtml() {
		return won ? "<strong><span aria-hidden=\"true\">\u2605 </span>Won</strong>" : "Nominated";
	}

	/** The class of the nomination's row in a field: "winner", "featured" (a film with an article), both or none. */
	public String fieldRowClass() {
		return won ? (featured ? "winner featured" : "winner") : (featured ? "featured" : null);
	}

	/**
	 * The cells of the nomination's row in a field (a ceremony's category, a category's history; written into rows by
	 * {@code AwardViews.Field}): the nominee and the film where the category is {@code personal}, else the film
	 * (or a dash) as the row's header; the result; the detail, if the table has that column.
	 */
	public String fieldCellsHtml(boolean personal, boolean details) {
		StringBuilder html = new StringBuilder(512).append("\n<th scope=\"row\">");
		if (personal) {
			html.append(creditHtml()).append("</th>\n<td>").append(filmsHtml()).append("</td>");
		}
		else {
			html.append(films.isEmpty()
					? "<span aria-hidden=\"true\">\u2014</span><span class=\"visually-hidden\">No film named</span>"
					: filmsHtml())
				.append("</th>");
		}
		html.append("\n<td>").append(resultHtml()).append("</td>");
		if (details) {
			appendDetailCell(html, true);
		}
		return html.append('\n').toString();
	}

	/**
	 * Appends the Detail cell: the detail (the character, the song), its footnote marks if {@code footnotes}, the
	 * note and the official citation.
	 */
	StringBuilder appendDetailCell(StringBuilder html, boolean footnotes) {
		html.append("\n<td>");
		if (detail != null) {
			Markup.text(html, detail);
		}
		if (footnotes) {
			html.append(footnoteMarks());
		}
		if (note != null) {
			Markup.text(html.append("<p class=\"note\">"), note).append("</p>");
		}
		if (citation != null) {
			Markup.text(html.append("<p class=\"citation\">"), citation).append("</p>");
		}
		return html.append("</td>");
	}

	/** A piece of a credit: text, with an address where it names someone with a page. */
	public record Segment(String text, String href) {
	}

	/** A film of a nomination: its title as written at the ceremony, linked to the film's page. */
	public record FilmRef(Link film, String detail) {
	}

}
