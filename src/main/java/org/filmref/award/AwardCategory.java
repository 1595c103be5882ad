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

	/** The data set's name of the category across the years, e.g. ACTOR IN A LEADING ROLE (Academy Awards only). */
	private String canonicalName;

	/** The data set's broad group: Title, Acting, Directing, Writing, Music, Production, SciTech, Special. */
	private String categoryClass;

	/** The category's place in lists of the award's categories. */
	private Integer position;

	protected AwardCategory() {
	}

	/** The category's history across the ceremonies: /awards/academy-awards/categories/best-picture. */
	public String historyPath() {
		return historyPath(award.getSlug(), slug);
	}

	public static String historyPath(String awardSlug, String categorySlug) {
		return Award.path(awardSlug) + "/categories/" + categorySlug;
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

	public String getCanonicalName() {
		return canonicalName;
	}

	public String getCategoryClass() {
		return categoryClass;
	}

	public Integer getPosition() {
		return position;
	}

}
