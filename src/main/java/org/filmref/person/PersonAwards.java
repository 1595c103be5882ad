package org.filmref.person;

import org.filmref.reference.NominationsByCeremony;

/**
 * What the person pages need from the award feature, which builds on people and implements this.
 */
public interface PersonAwards {

	/** The person's nominations, ceremony by ceremony (a fixed number of statements, whatever their number). */
	NominationsByCeremony of(Person person);

}
