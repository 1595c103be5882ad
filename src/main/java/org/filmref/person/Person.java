package org.filmref.person;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.filmref.model.Analyzers;
import org.filmref.model.BaseEntity;
import org.filmref.web.Link;
import org.filmref.web.Linkable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * Anyone the site names: cast and crew, authors, songwriters, award nominees. Everyone has a page; {@code hasPage}
 * marks the people of the site's articles, the only ones with facts, credits, novels, songs or film music (the others
 * are known from the award data, and their pages read only that).
 */
@Entity
@Indexed
@Table(name = "person")
public class Person extends BaseEntity implements Linkable {

	private String slug;

	@FullTextField(analyzer = Analyzers.NAME)
	private String name;

	private String sortName;

	private LocalDate birthDate;

	private String birthPlace;

	private LocalDate deathDate;

	private String deathPlace;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String summary;

	private boolean hasPage;

	/** The IMDb id (nm…), for people in the Academy Awards data set. */
	private String imdbId;

	protected Person() {
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

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public String getBirthPlace() {
		return birthPlace;
	}

	public LocalDate getDeathDate() {
		return deathDate;
	}

	public String getDeathPlace() {
		return deathPlace;
	}

	public String getSummary() {
		return summary;
	}

	public String getImdbId() {
		return imdbId;
	}

	public boolean hasPage() {
		return hasPage;
	}

	@Override
	public String path() {
		return path(slug);
	}

	public static String path(String slug) {
		return "/people/" + slug;
	}

	@Override
	public Link link() {
		return new Link(name, path());
	}

}
