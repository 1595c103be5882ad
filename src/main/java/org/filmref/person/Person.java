package org.filmref.person;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.filmref.model.Analyzers;
import org.filmref.model.BaseEntity;
import org.filmref.web.Link;
import org.filmref.web.Linkable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

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

	/**
	 * The names by which an award body's data credits this person where they differ from the site's ("J. Carroll
	 * Naish" for J. Carrol Naish), written by the award data's importer; search finds the person by them.
	 */
	@ElementCollection
	@CollectionTable(name = "person_other_name", joinColumns = @JoinColumn(name = "person_id"))
	private Set<OtherName> otherNames = new LinkedHashSet<>();

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

	/**
	 * What the index holds of the other names: their words that the name lacks ({@link Analyzers#wordsNotIn}), so
	 * that "ellen page" finds Elliot Page and "page" ranks him by his name alone.
	 */
	@FullTextField(name = "otherNames", analyzer = Analyzers.NAME)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "name")),
			@ObjectPath(@PropertyValue(propertyName = "otherNames")) })
	public String getOtherNameWords() {
		return Analyzers.wordsNotIn(name, otherNames.stream().map(OtherName::name).toList());
	}

	/** The names by which award bodies' data credit the person where they differ from the site's. */
	public Set<OtherName> getOtherNames() {
		return otherNames;
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
