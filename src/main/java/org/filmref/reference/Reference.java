package org.filmref.reference;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.filmref.model.BaseEntity;

/**
 * A source: an article, a web page or a data set that the site cites by a numbered footnote.
 */
@Entity
@Table(name = "reference")
public class Reference extends BaseEntity {

	private String code;

	private String author;

	private String title;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "publication_id")
	private Publication publication;

	/** The publisher's name where it is not one of the site's publications. */
	private String publisher;

	private String issue;

	private LocalDate publishedOn;

	/** A date given loosely ("1996", "No. 17/1996") where no exact date is verified. */
	private String publishedText;

	private String url;

	private LocalDate accessedOn;

	private String language;

	private String note;

	protected Reference() {
	}

	public String getCode() {
		return code;
	}

	public String getAuthor() {
		return author;
	}

	public String getTitle() {
		return title;
	}

	public Publication getPublication() {
		return publication;
	}

	public String getPublisher() {
		return publisher;
	}

	public String getIssue() {
		return issue;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public String getPublishedText() {
		return publishedText;
	}

	public String getUrl() {
		return url;
	}

	public LocalDate getAccessedOn() {
		return accessedOn;
	}

	public String getLanguage() {
		return language;
	}

	public String getNote() {
		return note;
	}

}
