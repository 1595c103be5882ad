package org.filmref.award;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Embeddable;

/**
 * The key of a row that belongs to a nomination in order — one of its films ({@link NominatedFilm}) or nominees
 * ({@link Nominee}): the nomination and the row's position in it.
 */
@Embeddable
class NominationPosition implements Serializable {

	private Long nominationId;

	private Integer position;

	/** The row's place in the nomination, from 1. */
	int position() {
		return position;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof NominationPosition key && Objects.equals(nominationId, key.nominationId)
				&& Objects.equals(position, key.position);
	}

	@Override
	public int hashCode() {
		return Objects.hash(nominationId, position);
	}

}
