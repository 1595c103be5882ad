package org.filmref.review;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.filmref.model.BaseEntity;
import org.filmref.search.SearchAnalysisConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/**
 * A critic named as the author of quoted reviews. Only names seen on a review, or given by a source the site cites
 * (with the doubt stated on the quote), are critics; unsigned quotes are credited to their publication alone.
 */
@Entity
@Table(name = "critic")
public class Critic extends BaseEntity {

	private String slug;

	@FullTextField(analyzer = SearchAnalysisConfigurer.NAME)
	private String name;

	private String sortName;

	protected Critic() {
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getSortName() {
		return sortName;
	}

}
