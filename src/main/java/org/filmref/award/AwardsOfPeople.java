package org.filmref.award;

import java.util.List;
import java.util.Map;

import org.filmref.person.Person;
import org.springframework.stereotype.Component;

/**
 * The award feature's part of the person pages: the person's nominations, ceremony by ceremony, shaped as every
 * award list is ({@link Entries}). Two statements, whatever their number.
 */
@Component
public class AwardsOfPeople {

	private final NominationRepository nominations;

	AwardsOfPeople(NominationRepository nominations) {
		this.nominations = nominations;
	}

	/** The film year of each nominated person's first nomination, by person id. One statement. */
	public Map<Long, Integer> firstYears() {
		return YearOf.earliest(nominations.findFirstYearsOfPeople());
	}

	/** The person's nominations, ceremony by ceremony. */
	public NominationsByCeremony of(Person person) {
		List<Nomination> own = nominations.findOf(person);
		if (own.isEmpty()) {
			return NominationsByCeremony.NONE;
		}
		nominations.fetchFilmsOf(person);
		return Entries.byCeremony(own, true, person.path());
	}

}
