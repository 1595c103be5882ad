package org.filmref.film;

import java.util.List;
import java.util.Map;

import org.filmref.film.FilmPage.AwardGroup;

/**
 * The film page's awards, from the award feature, which builds on films and implements this: the film feature knows
 * no nomination.
 */
public interface FilmAwards {

	/** The film's nominations (one statement), and the awards it won as the {@code Movie}'s JSON-LD names them. */
	Nominations of(Film film);

	/** The film year of each nominated film's first nomination, by film id ("1927" for 1927/28). One statement. */
	Map<Long, Integer> firstYears();

	/**
	 * @param groups the film's nominations, ceremony by ceremony, with the winners of the categories it lost
	 * @param won "Academy Award for Best Actor (1996)", each award the film won, once
	 */
	record Nominations(List<AwardGroup> groups, List<String> won) {
	}

}
