package org.filmref.page;

import org.filmref.award.Accolades;
import org.filmref.person.PersonPage;

/**
 * A person's page as it is cached and rendered: what the person feature and the features of their works know
 * ({@link PersonPage}) and the person's awards, which the award feature shows ({@code award/parts} fragments).
 */
public record PersonView(PersonPage page, Accolades awards) {

}
