package org.filmref.film;

import java.util.Map;

import org.filmref.reference.NominationsByCeremony;

/**
 * The film pages' awards, from the award feature, which builds on films and implements this: the film feature knows
 * no nomination.
 */
public interface FilmAwards {

	/** The film's nominations, ceremony by ceremony (a fixed number of statements, whatever their number). */
	NominationsByCeremony of(Film film);

	/** The film year of each nominated film's first nomination, by film id ("1927" for 1927/28). One statement. */
	Map<Long, Integer> firstYears();

}
