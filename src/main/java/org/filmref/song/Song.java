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
import org.filmref.model.BaseEntity;
import org.filmref.novel.Novel;
import org.filmref.person.Person;
import org.hibernate.annotations.ListIndexBase;

/**
 * A song, such as one that shares its title with a film or a novel.
 */
@Entity
@Table(name = "song")
public class Song extends BaseEntity {

	private String slug;

	private String title;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "performer_id")
	private Person performer;

	private String album;

	private String label;

	private Integer releaseYear;

	private Integer lengthSeconds;

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

}
