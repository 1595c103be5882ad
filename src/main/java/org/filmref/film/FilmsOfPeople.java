package org.filmref.film;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.filmref.person.Person;
import org.filmref.person.PersonIndex.KnownFor;
import org.filmref.person.PersonPage.FilmRoles;
import org.springframework.stereotype.Component;

/** The film feature's part of the person pages: a person's credits, film by film. One statement each. */
@Component
public class FilmsOfPeople {

	private final CreditRepository credits;

	FilmsOfPeople(CreditRepository credits) {
		this.credits = credits;
	}

	/** The person's roles, film by film, in order of release. */
	public List<FilmRoles> rolesOf(Person person) {
		Map<Long, FilmRoles> byFilm = new LinkedHashMap<>();
		for (Credit credit : credits.findByPerson(person)) {
			Film film = credit.getFilm();
			byFilm.computeIfAbsent(film.getId(), id -> new FilmRoles(film.link(), film.getReleaseYear(), new ArrayList<>()))
				.roles()
				.add(roleText(credit));
		}
		return List.copyOf(byFilm.values());
	}

	/** The films of everyone with a page, on films with pages, by person id: the people index's "known for". */
	public Map<Long, List<KnownFor>> knownForOfPeopleWithPages() {
		Map<Long, Map<Long, KnownFor>> byPerson = new LinkedHashMap<>();
		for (Credit credit : credits.findOfPeopleWithPages()) {
			Film film = credit.getFilm();
			byPerson.computeIfAbsent(credit.getPerson().getId(), id -> new LinkedHashMap<>())
				.computeIfAbsent(film.getId(),
						id -> KnownFor.of(film.link(), film.getReleaseYear(), "film", new ArrayList<>()))
				.roles()
				.add(credit.getRole().jobTitle().toLowerCase());
		}
		Map<Long, List<KnownFor>> knownFor = new LinkedHashMap<>();
		byPerson.forEach((personId, films) -> knownFor.put(personId, List.copyOf(films.values())));
		return knownFor;
	}

	/** "Actor (Ben Sanderson)", "Producer, credited as ...", "Director — note". */
	private static String roleText(Credit credit) {
		StringBuilder text = new StringBuilder(credit.getRole().jobTitle());
		if (credit.getRole() == CreditRole.CAST && credit.getCharacterName() != null) {
			text.append(" (").append(credit.getCharacterName()).append(")");
		}
		if (credit.getCreditedAs() != null) {
			text.append(", credited as ").append(credit.getCreditedAs());
		}
		if (credit.getNote() != null) {
			text.append(" — ").append(credit.getNote());
		}
		return text.toString();
	}

}
