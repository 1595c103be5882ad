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
import org.filmref.search.SearchAnalysisConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

/**
 * A critic's quote about a film, with the publication it appeared in and the reference that cites it.
 * {@code quote} is the English text as published on the site, word for word as the research note gives it (one
 * excerpt per row; several excerpts of one review share its reference); {@code originalText} the original wording
 * where it has been checked against the source.
 */
@Entity
@Indexed
@Table(name = "critic_review")
public class CriticReview extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "publication_id")
	@IndexedEmbedded(includePaths = "name")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Publication publication;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "reference_id")
	private Reference reference;

	private int position;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "critic_id")
	@IndexedEmbedded(includePaths = "name")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Critic critic;

	/** What is uncertain about who wrote the quote, shown beside its credit; {@code null} where nothing is. */
	private String creditCaveat;

	@FullTextField(analyzer = SearchAnalysisConfigurer.ENGLISH)
	private String quote;

	private String issue;

	private LocalDate publishedOn;

	/** Where the date comes from when the review does not print it, or why there is none. */
	private String dateNote;

	@FullTextField(analyzer = SearchAnalysisConfigurer.ENGLISH)
	private String articleTitle;

	private String originalLanguage;

	@FullTextField(analyzer = SearchAnalysisConfigurer.NAME)
	private String originalText;

	private String note;

	/** Shown in the film page's selection; every quote is on the review list. */
	private boolean onFilmPage;

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

	public Critic getCritic() {
		return critic;
	}

	public String getCreditCaveat() {
		return creditCaveat;
	}

	/** Whether the critic is the review's known author: named, and with no doubt stated about it. */
	public boolean hasKnownCritic() {
		return critic != null && creditCaveat == null;
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

	public String getDateNote() {
		return dateNote;
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

	public boolean isOnFilmPage() {
		return onFilmPage;
	}

}
