package org.filmref.award;

import java.util.List;

import org.filmref.web.Crumb;
import org.filmref.web.Link;

/**
 * Every awards season the site holds: each film year some award body's ceremony in the data honours, with that
 * ceremony per body (a column per body, in the bodies' order), oldest first.
 *
 * @param bodies the award bodies, linked to their pages
 * @param seasons a row per film year
 */
public record AwardSeasonIndex(List<Link> bodies, List<Season> seasons) {

	public static final String PATH = "/awards/seasons";

	public static final String TITLE = "Awards seasons";

	public static final Crumb CRUMB = new Crumb(TITLE, PATH);

	public List<Crumb> breadcrumbs() {
		return List.of(Crumb.home(), new Crumb("Awards", "/awards"), Crumb.here(TITLE));
	}

	public int first() {
		return seasons.get(0).year();
	}

	public int last() {
		return seasons.get(seasons.size() - 1).year();
	}

	/** "Every awards season on filmref, 1927 to 2025: …". */
	public String metaDescription() {
		return "Every awards season on filmref, " + first() + " to " + last() + ": " + seasons.size()
				+ " film years, each with the ceremony of every award body that honoured its films, side by side.";
	}

	/**
	 * A film year and the ceremony honouring its films at each award body.
	 *
	 * @param ceremonies in the bodies' order; {@code null} where the site's data holds no ceremony of the body for the year
	 */
	public record Season(int year, List<Link> ceremonies) {

		public String path() {
			return AwardSeason.path(year);
		}

		public String title() {
			return "Awards season " + year;
		}

	}

}
