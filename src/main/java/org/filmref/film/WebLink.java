package org.filmref.film;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.filmref.model.BaseEntity;

/**
 * A link to the film on another site (IMDb, Rotten Tomatoes, ...).
 */
@Entity
@Table(name = "web_link")
public class WebLink extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	private int position;

	private String site;

	private String label;

	private String url;

	private String externalId;

	protected WebLink() {
	}

	public int getPosition() {
		return position;
	}

	public String getSite() {
		return site;
	}

	public String getLabel() {
		return label;
	}

	public String getUrl() {
		return url;
	}

	public String getExternalId() {
		return externalId;
	}

}
