package org.filmref.film;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.filmref.reference.Footnote;
import org.filmref.reference.Footnoted;
import org.filmref.reference.QuoteView;
import org.filmref.reference.References;
import org.filmref.web.Crumb;
import org.filmref.web.Link;
import org.filmref.web.Markup;
import org.filmref.web.Memo;
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

	private static final Memo<FilmPage> INFOBOX = new Memo<>(FilmPage::writeInfobox);

	private static final Memo<FilmPage> BACKGROUND = new Memo<>(page -> items(page.background, TriviaItem::html));

	private static final Memo<FilmPage> MUSIC = new Memo<>(page -> items(page.music, MusicItem::html));

	public String path() {
		return Film.path(slug);
	}

	public List<Crumb> breadcrumbs() {
		return List.of(new Crumb("Films", "/"), Crumb.here(title));
	}

	/**
	 * The infobox's rows, for {@code th:utext} on its {@code <dl>}: each label, its value or values, and the note on
	 * their sources where there is one. The lists of a page that repeat a row many times are written by their view
	 * models: in the template, each row cost Thymeleaf's processing of its elements, attributes and conditions on
	 * every render. Kept after the second render ({@link Memo}), as the other lists' markup.
	 */
	public String infoboxHtml() {
		return INFOBOX.of(this);
	}

	/** The "Background and miscellaneous" items, {@code <li>} each, for {@code th:utext} on their {@code <ul>}. */
	public String backgroundHtml() {
		return BACKGROUND.of(this);
	}

	/** The music items, {@code <li>} each, for {@code th:utext} on their {@code <ul>}. */
	public String musicHtml() {
		return MUSIC.of(this);
	}

	private static <T> String items(List<T> items, Function<T, String> html) {
		StringBuilder list = new StringBuilder(512 * items.size()).append('\n');
		for (T item : items) {
			list.append("<li>").append(html.apply(item)).append("</li>\n");
		}
		return list.toString();
	}

	private String writeInfobox() {
		StringBuilder html = new StringBuilder(256 * infobox.size());
		for (InfoboxRow row : infobox) {
			Markup.text(html.append("\n<dt>"), row.label()).append("</dt>\n<dd>").append(row.valuesHtml());
			if (row.note() != null) {
				html.append("<details class=\"infobox__note\"><summary>Note on sources</summary><p>");
				Markup.text(html, row.note()).append("</p></details>");
			}
			html.append("</dd>");
		}
		return html.append('\n').toString();
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

		private static final Memo<CastAndCrew> CREW = new Memo<>(CastAndCrew::writeCrew);

		private static final Memo<CastAndCrew> CAST_ROWS = new Memo<>(CastAndCrew::writeCastRows);

		/** The crew's roles, each with its members, for {@code th:utext} on their {@code <dl>}. */
		public String crewHtml() {
			return CREW.of(this);
		}

		/** The cast table's rows, for {@code th:utext} on its {@code <tbody>}. */
		public String castRowsHtml() {
			return CAST_ROWS.of(this);
		}

		private String writeCrew() {
			StringBuilder html = new StringBuilder(160 * crew.size());
			for (CrewGroup group : crew) {
				Markup.text(html.append("\n<dt>"), group.label()).append("</dt>\n<dd>").append(group.membersHtml());
				html.append("</dd>");
			}
			return html.append('\n').toString();
		}

		private String writeCastRows() {
			StringBuilder html = new StringBuilder(200 * cast.size()).append('\n');
			cast.forEach(member -> html.append("<tr>").append(member.cellsHtml()).append("</tr>\n"));
			return html.toString();
		}

	}

	/** A row of the cast table; its two cells are written here ({@code th:utext}), one row of many. */
	public record CastMember(Link person, String character, String creditedAs, String note) {

		/** The row's two cells: the actor as its header, the role. */
		String cellsHtml() {
			return "\n<th>" + actorHtml() + "</th>\n<td>" + roleHtml() + "</td>\n";
		}

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

		/** The members, comma-separated, each linked where they have a page, with its note, for {@code th:utext}. */
		public String membersHtml() {
			StringBuilder html = new StringBuilder(96 * members.size());
			for (CrewMember member : members) {
				if (!html.isEmpty()) {
					html.append(", ");
				}
				member.person().appendTo(html);
				if (member.note() != null) {
					Markup.text(html.append("<span class=\"note\"> ("), member.note()).append(")</span>");
				}
			}
			return html.toString();
		}

	}

	public record CrewMember(Link person, String note) {
	}

	/** An item of the "Background and miscellaneous" section. */
	public record TriviaItem(String text, String note, List<Footnote> footnotes) implements Footnoted {

		/** The item with its footnote marks, and its note as a paragraph, for {@code th:utext}. */
		public String html() {
			StringBuilder html = Markup.text(new StringBuilder(text.length() + 160), text).append(footnoteMarks());
			html.append('\n');
			if (note != null) {
				Markup.text(html.append("<p class=\"note\">"), note).append("</p>");
			}
			return html.toString();
		}

	}

	public record MusicItem(MusicKind kind, String title, Link performer, String description,
			List<Footnote> footnotes) implements Footnoted {

		/**
		 * The item, for {@code th:utext}: "<strong>Song</strong>: <q>Title</q>, performed by …" (an album's or a
		 * score's title {@code <cite>}d, not quoted), its footnote marks, and its description as a paragraph.
		 */
		public String html() {
			StringBuilder html = new StringBuilder(256).append("\n<strong>");
			Markup.text(html, kind.label()).append("</strong>:\n");
			if (title != null) {
				String element = kind == MusicKind.SONG ? "q" : "cite";
				html.append('<').append(element).append('>');
				Markup.text(html, title).append("</").append(element).append('>');
			}
			if (performer.label() != null) {
				html.append(title != null ? ", " : "").append(kind.creditedAs()).append(' ');
				performer.appendTo(html);
			}
			html.append(footnoteMarks()).append('\n');
			if (description != null) {
				Markup.text(html.append("<p>"), description).append("</p>\n");
			}
			return html.toString();
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
