package org.filmref.person;

import java.util.List;
import java.util.Map;

import org.filmref.person.PersonIndex.KnownFor;
import org.filmref.person.PersonPage.FilmRoles;

/**
 * What the person pages need from the film feature, which builds on people and implements this: the person's roles
 * on films. The person feature knows no film.
 */
public interface PersonFilms {

	/** The person's roles, film by film, in order of release. */
	List<FilmRoles> rolesOf(Person person);

	/** The films of everyone with a page, on films with pages, by person id: the people index's "known for". */
	Map<Long, List<KnownFor>> knownForOfPeopleWithPages();

}
