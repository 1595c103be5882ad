package org.filmref.film;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.filmref.model.BaseEntity;
import org.filmref.reference.Reference;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A release of a film in one region or at one festival.
 */
@Entity
@Table(name = "film_release")
public class FilmRelease extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	private int position;

	private LocalDate releaseDate;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private DatePrecision datePrecision;

	private String region;

	private String description;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "reference_id")
	private Reference reference;

	protected FilmRelease() {
	}

	public int getPosition() {
		return position;
	}

	public LocalDate getReleaseDate() {
		return releaseDate;
	}

	public DatePrecision getDatePrecision() {
		return datePrecision;
	}

	public String getRegion() {
		return region;
	}

	public String getDescription() {
		return description;
	}

	public Reference getReference() {
		return reference;
	}

}
