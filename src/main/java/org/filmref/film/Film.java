package org.filmref.film;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.filmref.model.Analyzers;
import org.filmref.model.BaseEntity;
import org.filmref.novel.Novel;
import org.filmref.web.Link;
import org.filmref.web.Linkable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A film. Every film has a page; films that appear only in the award data have {@code hasPage = false} (no article:
 * their page shows their nominations) and little more than a title.
 */
@Entity
@Indexed
@Table(name = "film")
public class Film extends BaseEntity implements Linkable {

	private String slug;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String title;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String originalTitle;

	/**
	 * The titles by which an award body's data credits this film where they differ from the site's ("Sunset
	 * Boulevard" for <i>Sunset Blvd.</i>), written by the award data's importer; search finds the film by them.
	 */
	@ElementCollection
	@CollectionTable(name = "film_other_title", joinColumns = @JoinColumn(name = "film_id"))
	private Set<OtherTitle> otherTitles = new LinkedHashSet<>();

	private Integer releaseYear;

	private Integer runtimeMinutes;

	private String country;

	private String language;

	private String filmFormat;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String lead;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String plot;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String reception;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "novel_id")
	private Novel novel;

	private String imdbId;

	private boolean hasPage;

	/** The article the page's text is adapted from, credited as its licence requires. */
	private String textSource;

	private String textSourceTitle;

	private String textSourceUrl;

	private String textSourceLanguage;

	private String textSourceLicence;

	private String textSourceLicenceUrl;

	@OneToMany(mappedBy = "film")
	@OrderBy("position")
	private Set<FilmRelease> releases = new LinkedHashSet<>();

	@OneToMany(mappedBy = "film")
	@OrderBy("position")
	private Set<WebLink> webLinks = new LinkedHashSet<>();

	protected Film() {
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public String getOriginalTitle() {
		return originalTitle;
	}

	/**
	 * What the index holds of the other titles: their words that the title lacks ({@link Analyzers#wordsNotIn}), so
	 * that "sunset boulevard" finds <i>Sunset Blvd.</i> and "sunset" ranks it by its title alone.
	 */
	@FullTextField(name = "otherTitles", analyzer = Analyzers.ENGLISH)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
			@ObjectPath(@PropertyValue(propertyName = "otherTitles")) })
	public String getOtherTitleWords() {
		return Analyzers.wordsNotIn(title, otherTitles.stream().map(OtherTitle::title).toList());
	}

	/** The titles by which award bodies' data credit the film where they differ from its title. */
	public Set<OtherTitle> getOtherTitles() {
		return otherTitles;
	}

	public Integer getReleaseYear() {
		return releaseYear;
	}

	public Integer getRuntimeMinutes() {
		return runtimeMinutes;
	}

	public String getCountry() {
		return country;
	}

	public String getLanguage() {
		return language;
	}

	public String getFilmFormat() {
		return filmFormat;
	}

	public String getLead() {
		return lead;
	}

	public String getPlot() {
		return plot;
	}

	public String getReception() {
		return reception;
	}

	public Novel getNovel() {
		return novel;
	}

	public String getImdbId() {
		return imdbId;
	}

	/** Whether the film has an article (cast, crew, plot, reception …), not only its awards. */
	public boolean hasPage() {
		return hasPage;
	}

	public String getTextSource() {
		return textSource;
	}

	public String getTextSourceTitle() {
		return textSourceTitle;
	}

	public String getTextSourceUrl() {
		return textSourceUrl;
	}

	public String getTextSourceLanguage() {
		return textSourceLanguage;
	}

	public String getTextSourceLicence() {
		return textSourceLicence;
	}

	public String getTextSourceLicenceUrl() {
		return textSourceLicenceUrl;
	}

	public Set<FilmRelease> getReleases() {
		return releases;
	}

	public Set<WebLink> getWebLinks() {
		return webLinks;
	}

	/** Its page: its article, or its awards where it has no article. */
	@Override
	public String path() {
		return path(slug);
	}

	public static String path(String slug) {
		return "/films/" + slug;
	}

	@Override
	public Link link() {
		return new Link(title, path());
	}

}
