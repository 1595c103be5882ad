package org.filmref.award;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import org.filmref.film.Film;

/**
 * One film of a nomination, in order: most nominations name one film, a few early ones several (Janet Gaynor for 7th
 * Heaven, Street Angel and Sunrise), each with its own detail then. {@code film} is null for a title the data set
 * could not identify; {@code title} is the title as written at that ceremony.
 */
@Entity
@Table(name = "nomination_film")
public class NominatedFilm {

	@EmbeddedId
	private NominationPosition id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@MapsId("nominationId")
	@JoinColumn(name = "nomination_id")
	private Nomination nomination;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "film_id")
	private Film film;

	private String title;

	private String detail;

	protected NominatedFilm() {
	}

	public int getPosition() {
		return id.position();
	}

	public Film getFilm() {
		return film;
	}

	public String getTitle() {
		return title;
	}

	public String getDetail() {
		return detail;
	}

}
