package org.filmref.award;

import java.util.List;
import java.util.Map;

import org.filmref.person.Person;
import org.filmref.person.PersonAwards;
import org.filmref.reference.NominationsByCeremony;
import org.springframework.stereotype.Component;

/**
 * The award feature's part of the person pages: the person's nominations, ceremony by ceremony, shaped as every
 * award list is ({@link Entries}). Two statements, whatever their number.
 */
@Component
class AwardsOfPeople implements PersonAwards {

	private final NominationRepository nominations;

	AwardsOfPeople(NominationRepository nominations) {
		this.nominations = nominations;
	}

	@Override
	public Map<Long, Integer> firstYears() {
		return YearOf.earliest(nominations.findFirstYearsOfPeople());
	}

	@Override
	public NominationsByCeremony of(Person person) {
		List<Nomination> own = nominations.findOf(person);
		if (own.isEmpty()) {
			return NominationsByCeremony.NONE;
		}
		nominations.fetchFilmsOf(person);
		return Entries.byCeremony(own, true, person.path());
	}

}
