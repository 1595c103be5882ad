package org.filmref.novel;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.filmref.model.BaseEntity;
import org.filmref.person.Person;

/**
 * A novel that a film is based on.
 */
@Entity
@Table(name = "novel")
public class Novel extends BaseEntity {

	private String slug;

	private String title;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "author_id")
	private Person author;

	private Integer publishedYear;

	private String publisher;

	private String summary;

	private String background;

	protected Novel() {
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public Person getAuthor() {
		return author;
	}

	public Integer getPublishedYear() {
		return publishedYear;
	}

	public String getPublisher() {
		return publisher;
	}

	public String getSummary() {
		return summary;
	}

	public String getBackground() {
		return background;
	}

}
