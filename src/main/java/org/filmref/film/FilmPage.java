package org.filmref.film;

import java.util.List;
import java.util.Objects;

import org.filmref.reference.Footnote;
import org.filmref.reference.Footnoted;
import org.filmref.reference.QuoteView;
import org.filmref.reference.References;
import org.filmref.web.Crumb;
import org.filmref.web.Html;
import org.filmref.web.Link;
import org.filmref.web.PageMeta;

/**
 * Everything the film page shows, assembled once and cached: the page renders from this record without touching
 * the database. Its sections are named parts, in reading order; footnotes are numbered in that order whatever order
 * {@code FilmPages} builds them in. A film without an article ({@code article} false) has its IMDb link and nothing
 * else, and its awards beside it ({@code org.filmref.page.FilmView}): the film feature knows no nomination.
 */
public record FilmPage(String slug, String title, Integer year, boolean article, String lead, List<Hatnote> hatnotes,
		List<InfoboxRow> infobox, String plot, CastAndCrew castAndCrew, List<TriviaItem> background,
		List<MusicItem> music, Reception reception, List<WebLinkView> webLinks,
		References references, TextSource textSource, PageMeta meta) {

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
	}

	/**
	 * @param valueHtml the value, linked where it has a page, written once with the page (its footnotes are numbered
	 * later, when the page's references are listed)
	 */
	public record InfoboxValue(Link value, List<Footnote> footnotes, Html valueHtml) implements Footnoted {

		public InfoboxValue(Link value, List<Footnote> footnotes) {
			this(value, footnotes, value.html());
		}

		/** The value, linked where it has a page, and its footnote marks ({@code th:utext}). */
		public Html html() {
			Html marks = footnoteMarks();
			return marks.isEmpty() ? valueHtml : Html.builder(160).html(valueHtml).html(marks).build();
		}

	}

	/** The cast in billing order, the crew by role. */
	public record CastAndCrew(List<CastMember> cast, List<CrewGroup> crew) {
	}

	/**
	 * A row of the cast table.
	 *
	 * @param actorHtml the actor's cell ({@code th:utext}), written once with the page: the name linked where it has
	 * a page, then "(credited as …)" where the credit differs
	 * @param roleHtml the role's cell ({@code th:utext}), written once with the page: the character, then "— note"
	 */
	public record CastMember(Link person, String character, String creditedAs, String note, Html actorHtml,
			Html roleHtml) {

		public CastMember(Link person, String character, String creditedAs, String note) {
			this(person, character, creditedAs, note, actorHtml(person, creditedAs), roleHtml(character, note));
		}

		private static Html actorHtml(Link person, String creditedAs) {
			Html.Builder html = Html.builder(96).html(person.html());
			if (creditedAs != null) {
				html.start("span", "class", "credited-as").text(" (credited as " + creditedAs + ")").end("span");
			}
			return html.build();
		}

		private static Html roleHtml(String character, String note) {
			Html.Builder html = Html.builder(64);
			if (character != null) {
				html.text(character);
			}
			if (note != null) {
				html.start("span", "class", "note").text(" \u2014 " + note).end("span");
			}
			return html.build();
		}

	}

	/**
	 * A role of the crew and who held it.
	 *
	 * @param membersHtml the members as the crew list shows them ({@code th:utext}), written once with the page: each
	 * name linked where it has a page, with its note in brackets, separated by commas
	 */
	public record CrewGroup(String label, List<CrewMember> members, Html membersHtml) {

		public CrewGroup(String label, List<CrewMember> members) {
			this(label, members, membersHtml(members));
		}

		private static Html membersHtml(List<CrewMember> members) {
			Html.Builder html = Html.builder(members.size() * 48);
			for (int i = 0; i < members.size(); i++) {
				CrewMember member = members.get(i);
				if (i > 0) {
					html.text(", ");
				}
				html.html(member.person().html());
				if (member.note() != null) {
					html.start("span", "class", "note").text(" (" + member.note() + ")").end("span");
				}
			}
			return html.build();
		}

	}

	public record CrewMember(Link person, String note) {
	}

	/** An item of the "Background and miscellaneous" section. */
	public record TriviaItem(String text, String note, List<Footnote> footnotes) implements Footnoted {
	}

	/**
	 * A song (its title quoted), an album or a score (its title a {@code <cite>}), with who made it.
	 *
	 * @param performerHtml who made it, as the item shows it after the title ({@code th:utext}), written once with the
	 * page: ", performed by " (or "composed by") and the name linked where it has a page; nothing where none is known
	 */
	public record MusicItem(MusicKind kind, String title, Link performer, String description,
			List<Footnote> footnotes, Html performerHtml) implements Footnoted {

		public MusicItem(MusicKind kind, String title, Link performer, String description, List<Footnote> footnotes) {
			this(kind, title, performer, description, footnotes, performerHtml(kind, title, performer));
		}

		private static Html performerHtml(MusicKind kind, String title, Link performer) {
			if (performer.label() == null) {
				return Html.EMPTY;
			}
			return Html.builder(96)
				.text(title != null ? ", " : "")
				.text(kind.creditedAs())
				.text(" ")
				.html(performer.html())
				.build();
		}

		/** A song's title is quoted; an album's or a score's is cited. */
		public boolean quoted() {
			return kind == MusicKind.SONG;
		}

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

		/** Whether the quote at {@code index} starts the quotes of a language, which get their own heading. */
		public boolean startsLanguage(int index) {
			return index == 0
					|| !Objects.equals(quotes.get(index - 1).originalLanguage(), quotes.get(index).originalLanguage());
		}

	}

	public record WebLinkView(String site, String label, String url) {
	}

	/** The article this page's text is adapted from, and its licence. */
	public record TextSource(String name, String title, String url, String language, String licence,
			String licenceUrl) {
	}

}
