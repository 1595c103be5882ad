package org.filmref.award;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.filmref.model.BaseEntity;

/**
 * A company named as a nominee: a studio (an early Best Picture was awarded to the studio), its sound department, a
 * laboratory honoured for a scientific or technical achievement. Identified by its IMDb id ({@code co…}).
 */
@Entity
@Table(name = "company")
public class Company extends BaseEntity {

	private String slug;

	private String name;

	private String imdbId;

	protected Company() {
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getImdbId() {
		return imdbId;
	}

}
