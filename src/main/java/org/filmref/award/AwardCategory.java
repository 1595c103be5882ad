package org.filmref.award;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.filmref.model.Analyzers;
import org.filmref.model.BaseEntity;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/**
 * A category of an award body, e.g. the Academy Award for Best Actor.
 */
@Entity
@Table(name = "award_category")
public class AwardCategory extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "award_id")
	private Award award;

	private String slug;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String name;

	protected AwardCategory() {
	}

	public Award getAward() {
		return award;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

}
