package org.filmref.award;

import java.util.List;
import java.util.Map;

import org.filmref.film.Film;
import org.filmref.film.OtherTitle;
import org.springframework.stereotype.Component;

/**
 * The award feature's part of the film pages: the film's nominations, award body by award body, shaped as every award
 * list is ({@link Entries}), without a film column (the page is the film's), each body with the titles its data
 * credits the film with where they differ from the site's. One statement, whatever their number.
 */
@Component
public class AwardsOfFilms {

	private final NominationRepository nominations;

	AwardsOfFilms(NominationRepository nominations) {
		this.nominations = nominations;
	}

	/** The film year of each nominated film's first nomination, by film id ("1927" for 1927/28). One statement. */
	public Map<Long, Integer> firstYears() {
		return YearOf.earliest(nominations.findFilmYearsOfFilms());
	}

	/** The film's nominations, award body by award body. */
	public Accolades of(Film film) {
		List<Nomination> own = nominations.findOf(film);
		if (own.isEmpty()) {
			return Accolades.NONE;
		}
		// The film page's query fetched the other titles with the film.
		return Entries.accolades(own, false, film.path(), Entries.namedInData(film.getTitle(), film.getOtherTitles(),
				OtherTitle::awardId, OtherTitle::title));
	}

}
