package org.filmref.review;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.filmref.film.Film;
import org.filmref.model.BaseEntity;
import org.filmref.reference.Reference;

/**
 * A critic's quote about a film, with the publication it appeared in and the reference that cites it.
 * {@code quote} is the English text as published on the site; {@code originalText} the original wording where it
 * has been checked against the source.
 */
@Entity
@Table(name = "critic_review")
public class CriticReview extends BaseEntity {

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

	private String critic;

	private String quote;

	private String issue;

	private LocalDate publishedOn;

	private String articleTitle;

	private String originalLanguage;

	private String originalText;

	private String note;

	protected CriticReview() {
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

	public String getCritic() {
		return critic;
	}

	public String getQuote() {
		return quote;
	}

	public String getIssue() {
		return issue;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public String getArticleTitle() {
		return articleTitle;
	}

	public String getOriginalLanguage() {
		return originalLanguage;
	}

	public String getOriginalText() {
		return originalText;
	}

	public String getNote() {
		return note;
	}

}
