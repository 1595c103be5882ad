package org.filmref.award;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.filmref.person.Person;
import org.filmref.person.PersonAwards;
import org.filmref.person.PersonPage.AwardGroup;
import org.filmref.person.PersonPage.AwardRow;
import org.filmref.web.Dates;
import org.springframework.stereotype.Component;

/** The award feature's part of the person pages: a person's nominations, ceremony by ceremony. One statement. */
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
	public List<AwardGroup> nominationsOf(Person person) {
		Map<Long, List<AwardRow>> rowsByCeremony = new LinkedHashMap<>();
		Map<Long, Ceremony> ceremonies = new LinkedHashMap<>();
		for (Nomination nomination : nominations.findFieldsOfPerson(person)) {
			if (nomination.getPeople().stream().noneMatch(nominee -> same(nominee, person))) {
				continue;
			}
			CeremonyCategory category = nomination.getCeremonyCategory();
			Ceremony ceremony = category.getCeremony();
			ceremonies.putIfAbsent(ceremony.getId(), ceremony);
			rowsByCeremony.computeIfAbsent(ceremony.getId(), id -> new ArrayList<>())
				.add(new AwardRow(category.link(), nomination.getFilm() != null ? nomination.getFilm().link() : null,
						nomination.isWon(), nomination.getDetail(),
						nomination.getPeople()
							.stream()
							.filter(nominee -> !same(nominee, person))
							.map(Person::link)
							.toList()));
		}
		List<AwardGroup> groups = new ArrayList<>();
		rowsByCeremony.forEach((id, rows) -> {
			Ceremony ceremony = ceremonies.get(id);
			groups.add(new AwardGroup(ceremony.getAward().link(), ceremony.link(), Dates.day(ceremony.getHeldOn()),
					rows));
		});
		return groups;
	}

	private static boolean same(Person a, Person b) {
		return a.getId().equals(b.getId());
	}

}
