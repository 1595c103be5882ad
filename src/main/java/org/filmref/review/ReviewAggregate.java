package org.filmref.review;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.filmref.film.Film;
import org.filmref.model.BaseEntity;
import org.filmref.reference.Reference;

/**
 * What a review aggregator says of a film's critics, in its own words as they were read ({@code summary}), with
 * when that was ({@code asOf}, as far as it is known). No figure is stored that the source did not show.
 */
@Entity
@Table(name = "review_aggregate")
public class ReviewAggregate extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "publication_id")
	private Publication publication;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "reference_id")
	private Reference reference;

	private int position;

	private String summary;

	private String asOf;

	protected ReviewAggregate() {
	}

	public Film getFilm() {
		return film;
	}

	public Publication getPublication() {
		return publication;
	}

	public Reference getReference() {
		return reference;
	}

	public int getPosition() {
		return position;
	}

	public String getSummary() {
		return summary;
	}

	public String getAsOf() {
		return asOf;
	}

}
