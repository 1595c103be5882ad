package org.filmref.award;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.filmref.model.Analyzers;
import org.filmref.model.BaseEntity;
import org.filmref.web.Link;
import org.filmref.web.Linkable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/**
 * An award body, such as the Academy Awards.
 */
@Entity
@Table(name = "award")
public class Award extends BaseEntity implements Linkable {

	private String slug;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String name;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String shortName;

	private String presenter;

	private String description;

	private int position;

	protected Award() {
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getShortName() {
		return shortName;
	}

	public String getPresenter() {
		return presenter;
	}

	public String getDescription() {
		return description;
	}

	public int getPosition() {
		return position;
	}

	@Override
	public String path() {
		return path(slug);
	}

	public static String path(String slug) {
		return "/awards/" + slug;
	}

	@Override
	public Link link() {
		return new Link(name, path());
	}

}
