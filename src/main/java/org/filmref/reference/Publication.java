package org.filmref.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.filmref.model.Analyzers;
import org.filmref.model.BaseEntity;
import org.filmref.web.Link;
import org.filmref.web.Linkable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/**
 * A newspaper, magazine, lexicon or web site that publishes reviews or serves as a source.
 */
@Entity
@Table(name = "publication")
public class Publication extends BaseEntity implements Linkable {

	private String slug;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String name;

	private String kind;

	private String country;

	private String language;

	private String url;

	private String description;

	protected Publication() {
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getKind() {
		return kind;
	}

	public String getCountry() {
		return country;
	}

	public String getLanguage() {
		return language;
	}

	public String getUrl() {
		return url;
	}

	public String getDescription() {
		return description;
	}

	@Override
	public String path() {
		return path(slug);
	}

	public static String path(String slug) {
		return "/publications/" + slug;
	}

	@Override
	public Link link() {
		return new Link(name, path());
	}

}
