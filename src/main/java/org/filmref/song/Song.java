package org.filmref.song;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.filmref.model.Analyzers;
import org.filmref.model.BaseEntity;
import org.filmref.novel.Novel;
import org.filmref.person.Person;
import org.filmref.web.Link;
import org.filmref.web.Linkable;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

/**
 * A song, such as one that shares its title with a film or a novel.
 */
@Entity
@Indexed
@Table(name = "song")
public class Song extends BaseEntity implements Linkable {

	private String slug;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String title;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "performer_id")
	@IndexedEmbedded(includePaths = "name")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Person performer;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String album;

	private String label;

	private Integer releaseYear;

	private Integer lengthSeconds;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String summary;

	/** The novel the song takes its title from, if any. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "novel_id")
	private Novel novel;

	@ManyToMany
	@JoinTable(name = "song_writer", joinColumns = @JoinColumn(name = "song_id"),
			inverseJoinColumns = @JoinColumn(name = "person_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<Person> writers = new ArrayList<>();

	protected Song() {
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public Person getPerformer() {
		return performer;
	}

	public String getAlbum() {
		return album;
	}

	public String getLabel() {
		return label;
	}

	public Integer getReleaseYear() {
		return releaseYear;
	}

	public Integer getLengthSeconds() {
		return lengthSeconds;
	}

	public String getSummary() {
		return summary;
	}

	public Novel getNovel() {
		return novel;
	}

	public List<Person> getWriters() {
		return writers;
	}

	@Override
	public String path() {
		return path(slug);
	}

	public static String path(String slug) {
		return "/songs/" + slug;
	}

	@Override
	public Link link() {
		return new Link(title, path());
	}

}
