package org.filmref.award;

import java.util.List;

import org.filmref.reference.Footnote;
import org.filmref.reference.Footnoted;
import org.filmref.web.Html;
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
 * @param creditHtml the credit as a table shows it ({@code th:utext}), written once with the view: each named
 * nominee linked where they have a page; a dash, and "No nominee named" for screen readers, where it names none
 * @param filmsHtml the films as a table shows them ({@code th:utext}), written once with the view: each title italic
 * and linked, with its own detail in brackets, separated by commas
 */
public record NominationView(boolean won, List<Segment> credit, List<FilmRef> films, String detail, String note,
		String citation, List<Footnote> footnotes, boolean featured, Html creditHtml, Html filmsHtml)
		implements Footnoted {

	private static final Html WON = Html.builder()
		.start("strong")
		.start("span", "aria-hidden", "true")
		.text("\u2605 ")
		.end("span")
		.text("Won")
		.end("strong")
		.build();

	private static final Html NOMINATED = Html.text("Nominated");

	private static final Html NO_FILM = Html.dash("No film named");

	private static final Html NO_NOMINEE = Html.dash("No nominee named");

	/** Names linked and films listed as every nominations table shows them, a row of which a page may show dozens. */
	public NominationView(boolean won, List<Segment> credit, List<FilmRef> films, String detail, String note,
			String citation, List<Footnote> footnotes, boolean featured) {
		this(won, credit, films, detail, note, citation, footnotes, featured, creditHtml(credit), filmsHtml(films));
	}

	/**
	 * The Detail cell of a table ({@code th:utext}): the detail, its footnote marks, the note and the citation, each
	 * where there is one. Written when the page is rendered, not with the view: the marks' numbers are known only once
	 * the whole page has cited its references.
	 */
	public Html detailHtml() {
		if (detail == null && footnotes.isEmpty() && note == null && citation == null) {
			return Html.EMPTY;
		}
		Html.Builder html = Html.builder(64);
		if (detail != null) {
			html.text(detail);
		}
		if (!footnotes.isEmpty()) {
			html.html(Footnote.marks(footnotes));
		}
		if (note != null) {
			html.start("p", "class", "note").text(note).end("p");
		}
		if (citation != null) {
			html.start("p", "class", "citation").text(citation).end("p");
		}
		return html.build();
	}

	private static Html creditHtml(List<Segment> credit) {
		Html.Builder html = Html.builder(64);
		if (credit.isEmpty()) {
			html.html(NO_NOMINEE);
		}
		for (Segment segment : credit) {
			html.linkOrText(segment.href(), segment.text());
		}
		return html.build();
	}

	private static Html filmsHtml(List<FilmRef> films) {
		Html.Builder html = Html.builder(64);
		for (int i = 0; i < films.size(); i++) {
			FilmRef film = films.get(i);
			if (i > 0) {
				html.text(", ");
			}
			html.start("i").html(film.film().html()).end("i");
			if (film.detail() != null) {
				html.text(" (" + film.detail() + ")");
			}
		}
		return html.build();
	}

	/** "★ Won" (strong, the star hidden from screen readers) or "Nominated" ({@code th:utext}). */
	public Html resultHtml() {
		return won ? WON : NOMINATED;
	}

	/** The films as the first cell of a field without nominees shows them: a dash where the nomination names none. */
	public Html filmCellHtml() {
		return films.isEmpty() ? NO_FILM : filmsHtml;
	}

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
