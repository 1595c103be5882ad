package org.filmref.page;

import org.filmref.award.Accolades;
import org.filmref.film.FilmPage;

/**
 * A film's page as it is cached and rendered: what the film feature knows ({@link FilmPage}) and the film's awards,
 * which the award feature shows ({@code award/parts} fragments).
 */
public record FilmView(FilmPage page, Accolades awards) {

}
