package org.filmref.award;

import java.util.List;

import org.filmref.web.Crumb;
import org.filmref.web.Html;
import org.filmref.web.Link;

/**
 * The awards season of a film year: the films that won or were nominated at any award body's ceremony honouring the
 * films of that year, side by side, a column per award body. Which ceremony belongs to which year is the ceremony's
 * film year in the data. A body without a ceremony for the year in the site's data has a column that says so ("no
 * data"), never a 0; no cell adds up different bodies.
 *
 * @param columns every award body, in the bodies' order, with its ceremony of the year where the site has one
 * @param films a row per film, ordered by the first body's nominations and wins, then the next body's, then title
 * @param previous the previous film year with a ceremony, or {@code null}
 * @param next the next film year with a ceremony, or {@code null}
 */
public record AwardSeason(int year, List<Column> columns, List<FilmRow> films, Integer previous, Integer next) {

	public static String path(int year) {
		return "/awards/seasons/" + year;
	}

	public String path() {
		return path(year);
	}

	public String previousPath() {
		return previous != null ? path(previous) : null;
	}

	public String nextPath() {
		return next != null ? path(next) : null;
	}

	/** "Awards season 1995". */
	public String title() {
		return "Awards season " + year;
	}

	public List<Crumb> breadcrumbs() {
		return List.of(Crumb.home(), new Crumb("Awards", "/awards"), AwardSeasonIndex.CRUMB, Crumb.here(title()));
	}

	/** The ceremonies of the year, named: "the 68th Academy Awards, the 53rd Golden Globe Awards and …". */
	public List<Link> ceremonies() {
		return columns.stream().map(Column::ceremony).filter(ceremony -> ceremony != null).toList();
	}

	/**
	 * "The films of 1995 at the 68th Academy Awards, the 53rd Golden Globe Awards and the 2nd Screen Actors Guild
	 * Awards: 212 films nominated at one or more of them, side by side."
	 */
	public String metaDescription() {
		List<String> names = ceremonies().stream().map(Link::label).toList();
		String named = names.size() == 1 ? "the " + names.get(0)
				: "the " + String.join(", the ", names.subList(0, names.size() - 1)) + " and the "
						+ names.get(names.size() - 1);
		return "The films of " + year + " at " + named + ": " + films.size()
				+ (films.size() == 1 ? " film" : " films") + " nominated at one or more of them, side by side.";
	}

	/**
	 * An award body and its ceremony honouring the films of the year.
	 *
	 * @param ceremony the ceremony, linked to its page, or {@code null} where the site's data has none for the year
	 */
	public record Column(Link award, Link ceremony) {

		public boolean hasData() {
			return ceremony != null;
		}

	}

	/** A film and its result at each body's ceremony, in the columns' order. */
	public record FilmRow(Link film, List<Cell> cells) {

	}

	/**
	 * A film's result at one ceremony.
	 *
	 * @param ceremony the ceremony's page, or {@code null} where the site has no data for the body that year
	 * @param html the cell as the table shows it ({@code th:utext}), written once with the view: "no data", a dash
	 * (and "not nominated" for screen readers), or the result linked to the ceremony. A season lists a few hundred
	 * films in five columns: written by the template's conditionals, the cells cost 86 % of the page's render
	 * ({@code src/bench/render-cost.sh -p /awards/seasons/1995 -t award/season}).
	 */
	public record Cell(String ceremony, long nominations, long wins, Html html) {

		private static final Html NO_DATA = Html.text("no data");

		private static final Html NOT_NOMINATED = Html.dash("not nominated");

		public Cell(String ceremony, long nominations, long wins) {
			this(ceremony, nominations, wins, ceremony == null ? NO_DATA
					: nominations == 0 ? NOT_NOMINATED
							: Html.builder(80).link(ceremony, text(nominations, wins)).build());
		}

		/** The class of the cell: "won" where the film won there. */
		public String cssClass() {
			return wins > 0 ? "won" : null;
		}

		/** "1 win from 4 nominations", "3 nominations". */
		private static String text(long nominations, long wins) {
			String count = nominations + (nominations == 1 ? " nomination" : " nominations");
			return wins == 0 ? count : wins + (wins == 1 ? " win" : " wins") + " from " + count;
		}

	}

}
