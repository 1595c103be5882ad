package org.filmref.award;

import java.util.List;
import java.util.Map;

import org.filmref.person.OtherName;
import org.filmref.person.Person;
import org.springframework.stereotype.Component;

/**
 * The award feature's part of the person pages: the person's nominations, award body by award body, shaped as every
 * award list is ({@link Entries}), each body with the names its data credits the person with where they differ from
 * the site's. Two statements, whatever their number.
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

	/** The person's nominations, award body by award body. */
	public Accolades of(Person person) {
		List<Nomination> own = nominations.findOf(person);
		if (own.isEmpty()) {
			return Accolades.NONE;
		}
		nominations.fetchFilmsOf(person);
		// The person page's query fetched the other names with the person.
		return Entries.accolades(own, true, person.path(), Entries.namedInData(person.getName(),
				person.getOtherNames(), OtherName::awardId, OtherName::name));
	}

}
