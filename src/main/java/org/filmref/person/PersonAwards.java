package org.filmref.person;

import java.util.Map;

import org.filmref.reference.NominationsByCeremony;

/**
 * What the person pages need from the award feature, which builds on people and implements this.
 */
public interface PersonAwards {

	/** The person's nominations, ceremony by ceremony (a fixed number of statements, whatever their number). */
	NominationsByCeremony of(Person person);

	/** The film year of each nominated person's first nomination, by person id. One statement. */
	Map<Long, Integer> firstYears();

}
