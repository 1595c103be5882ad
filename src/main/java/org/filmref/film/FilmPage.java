package org.filmref.film;

import java.util.List;

import org.filmref.reference.CitedReference;
import org.filmref.reference.Footnote;
import org.filmref.reference.NominationsByCeremony;
import org.filmref.reference.QuoteView;
import org.filmref.web.Crumb;
import org.filmref.web.Link;
import org.filmref.web.Markup;
import org.filmref.web.PageMeta;
import org.filmref.reference.Footnoted;

/**
 * Everything the film page shows, assembled once and cached: the page renders from this record without touching
 * the database. Its sections are named parts, in reading order; footnotes are numbered in that order whatever order
 * {@link FilmPages} builds them in. A film without an article ({@code article} false) has its awards, its IMDb link and
 * nothing else.
 */
public record FilmPage(String slug, String title, Integer year, boolean article, String lead, List<Hatnote> hatnotes,
		List<InfoboxRow> infobox, String plot, CastAndCrew castAndCrew, List<TriviaItem> background,
		List<MusicItem> music, Reception reception, NominationsByCeremony awards, List<WebLinkView> webLinks,
		List<CitedReference> references, TextSource textSource, PageMeta meta) {

	public String path() {
		return Film.path(slug);
	}

	public List<Crumb> breadcrumbs() {
		return List.of(new Crumb("Films", "/"), Crumb.here(title));
	}

	/** "For the 1990 novel by John O'Brien, see Leaving Las Vegas (novel)." */
	public record Hatnote(String description, Link link) {
	}

	public record InfoboxRow(String label, List<InfoboxValue> values, String note) {

		/** The row's value, or its values as a plain list where there are several, for {@code th:utext}. */
		public String valuesHtml() {
			if (values.size() == 1) {
				return values.get(0).html();
			}
			StringBuilder html = new StringBuilder(32 + 128 * values.size());
			if (values.size() > 1) {
				html.append("<ul class=\"plain\">\n");
				values.forEach(value -> value.appendTo(html.append("<li>")).append("</li>\n"));
				html.append("</ul>");
			}
			return html.toString();
		}

	}

	public record InfoboxValue(Link value, List<Footnote> footnotes) implements Footnoted {

		/** The value, linked where it has a page, and its footnote marks, for {@code th:utext}. */
		public String html() {
			return appendTo(new StringBuilder(128)).toString();
		}

		StringBuilder appendTo(StringBuilder html) {
			return value.appendTo(html).append(footnoteMarks());
		}

	}

	/** The cast in billing order, the crew by role. */
	public record CastAndCrew(List<CastMember> cast, List<CrewGroup> crew) {
	}

	/** A row of the cast table; its two cells are written here ({@code th:utext}), one row of many. */
	public record CastMember(Link person, String character, String creditedAs, String note) {

		/** The actor, linked where they have a page, and the name the credits give them where it differs. */
		public String actorHtml() {
			StringBuilder html = person.appendTo(new StringBuilder(128));
			if (creditedAs != null) {
				Markup.text(html.append("<span class=\"credited-as\"> (credited as "), creditedAs).append(")</span>");
			}
			return html.toString();
		}

		/** The character, and the note on the credit where there is one. */
		public String roleHtml() {
			StringBuilder html = new StringBuilder(64);
			if (character != null) {
				Markup.text(html, character);
			}
			if (note != null) {
				Markup.text(html.append("<span class=\"note\"> \u2014 "), note).append("</span>");
			}
			return html.toString();
		}

	}

	public record CrewGroup(String label, List<CrewMember> members) {
	}

	public record CrewMember(Link person, String note) {
	}

	/** An item of the "Background and miscellaneous" section. */
	public record TriviaItem(String text, String note, List<Footnote> footnotes) implements Footnoted {
	}

	public record MusicItem(MusicKind kind, String title, Link performer, String description,
			List<Footnote> footnotes) implements Footnoted {
	}

	/**
	 * How the film was received: the article's text and a selection of the critics' quotes.
	 *
	 * @param allQuotesPath where every critic quote on the film is
	 */
	public record Reception(String text, List<QuoteView> quotes, String allQuotesPath) {

		public boolean isEmpty() {
			return text == null && quotes.isEmpty();
		}

	}

	public record WebLinkView(String site, String label, String url) {
	}

	/** The article this page's text is adapted from, and its licence. */
	public record TextSource(String name, String title, String url, String language, String licence,
			String licenceUrl) {
	}

}
