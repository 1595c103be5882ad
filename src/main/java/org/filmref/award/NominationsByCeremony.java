package org.filmref.award;

import java.util.List;

import org.filmref.web.Link;
import org.filmref.web.Markup;
import org.filmref.web.Memo;

/**
 * A film's or a person's nominations, ceremony by ceremony, oldest first: what the award feature gives the film and
 * person pages ({@link AwardsOfFilms}, {@link AwardsOfPeople}), shown by its fragment
 * {@code award/parts :: nominations}.
 */
public record NominationsByCeremony(List<Group> ceremonies) {

	public static final NominationsByCeremony NONE = new NominationsByCeremony(List.of());

	public boolean isEmpty() {
		return ceremonies.isEmpty();
	}

	public int nominations() {
		return ceremonies.stream().mapToInt(group -> group.rows().size()).sum();
	}

	public int wins() {
		return ceremonies.stream().mapToInt(Group::wins).sum();
	}

	/** "11 wins from 14 nominations", "1 nomination". */
	public String totals() {
		int nominations = nominations();
		int wins = wins();
		String count = nominations + (nominations == 1 ? " nomination" : " nominations");
		return wins == 0 ? count : wins + (wins == 1 ? " win" : " wins") + " from " + count;
	}

	/** The first ceremony with a nomination, or {@code null}. */
	public Group first() {
		return ceremonies.isEmpty() ? null : ceremonies.get(0);
	}

	/** The last ceremony with a nomination, or {@code null}. */
	public Group last() {
		return ceremonies.isEmpty() ? null : ceremonies.get(ceremonies.size() - 1);
	}

	/** The films named in the nominations, linked, in order, each once. */
	public List<Link> films() {
		return ceremonies.stream()
			.flatMap(group -> group.rows().stream())
			.flatMap(row -> row.nomination().films().stream())
			.map(NominationView.FilmRef::film)
			.filter(Link::linked)
			.distinct()
			.toList();
	}

	/**
	 * The nominations at one ceremony.
	 *
	 * @param filmYears the year(s) of the films honoured, as the Academy writes them ("1927/28")
	 */
	public record Group(Link award, Link ceremony, String date, String filmYears, List<Row> rows) {

		/** The rows' markup for each of the eight combinations of films, details and compact. */
		@SuppressWarnings("unchecked")
		private static final Memo<Group>[] ROWS = new Memo[8];

		static {
			for (int i = 0; i < ROWS.length; i++) {
				boolean films = (i & 4) != 0;
				boolean details = (i & 2) != 0;
				boolean compact = (i & 1) != 0;
				ROWS[i] = new Memo<>(group -> group.writeRows(films, details, compact));
			}
		}

		public int wins() {
			return (int) rows.stream().filter(row -> row.nomination().won()).count();
		}

		/**
		 * The table's rows, for {@code th:utext} on its {@code <tbody>}: a won nomination's row has the class "won";
		 * the cells are {@link Row#cellsHtml}'s. Kept after the second render ({@link Memo}).
		 */
		public String rowsHtml(boolean films, boolean details, boolean compact) {
			return ROWS[(films ? 4 : 0) | (details ? 2 : 0) | (compact ? 1 : 0)].of(this);
		}

		private String writeRows(boolean films, boolean details, boolean compact) {
			StringBuilder html = new StringBuilder(700 * rows.size()).append('\n');
			for (Row row : rows) {
				html.append(row.nomination().won() ? "<tr class=\"won\">" : "<tr>")
					.append(row.cellsHtml(films, details, compact))
					.append("</tr>\n");
			}
			return html.toString();
		}

		/** Whether a nomination here has a detail, a note or a citation: the table's Detail column. */
		public boolean detailed() {
			for (Row row : rows) {
				if (row.nomination().detailed()) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * One nomination with its category.
	 *
	 * @param category the category's name, linking to its field on the ceremony page
	 * @param history the category's history page, or {@code null} where the award body has none
	 * @param awardName "Academy Award for Best Actor (1996)": how structured data names the award
	 */
	public record Row(Link category, String history, String awardName, NominationView nomination) {

		/**
		 * The category linked to its field, for {@code th:utext}; unless {@code compact}, followed by a link to its
		 * history ("(history of Best Actor)" to screen readers).
		 */
		public String categoryHtml(boolean compact) {
			StringBuilder html = new StringBuilder(compact ? 96 : 256);
			Markup.text(Markup.href(html.append("<a"), category.href()).append('>'), category.label()).append("</a>");
			if (!compact) {
				Markup.href(html.append(" <a class=\"history\""), history).append(">(history");
				Markup.text(html.append("<span class=\"visually-hidden\"> of "), category.label()).append("</span>)</a>");
			}
			return html.toString();
		}

		/**
		 * The row's cells ({@link Group#rowsHtml}): the category, the nominees, the film if {@code films} (a person's
		 * page), the result, the detail if {@code details}.
		 */
		String cellsHtml(boolean films, boolean details, boolean compact) {
			StringBuilder html = new StringBuilder(640).append("\n<th scope=\"row\">").append(categoryHtml(compact))
				.append("</th>\n<td>")
				.append(nomination.creditHtml())
				.append("</td>");
			if (films) {
				html.append("\n<td>").append(nomination.filmsHtml()).append("</td>");
			}
			html.append("\n<td>").append(nomination.resultHtml()).append("</td>");
			if (details) {
				nomination.appendDetailCell(html, false);
			}
			return html.append('\n').toString();
		}

	}

}
