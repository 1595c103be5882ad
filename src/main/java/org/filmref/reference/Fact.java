package org.filmref.reference;

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
import org.filmref.film.Film;
import org.filmref.model.BaseEntity;
import org.filmref.novel.Novel;
import org.filmref.person.Person;
import org.filmref.song.Song;
import org.hibernate.annotations.ListIndexBase;

/**
 * A sourced statement about one subject: an infobox row of a film, or a fact about a novel, a song or a person.
 * Where sources disagree, {@code content} holds the best-supported value and {@code note} the other versions.
 */
@Entity
@Table(name = "fact")
public class Fact extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "film_id")
	private Film film;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "novel_id")
	private Novel novel;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "song_id")
	private Song song;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "person_id")
	private Person person;

	private int position;

	private String label;

	private String content;

	private String note;

	@ManyToMany
	@JoinTable(name = "fact_reference", joinColumns = @JoinColumn(name = "fact_id"),
			inverseJoinColumns = @JoinColumn(name = "reference_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<Reference> references = new ArrayList<>();

	protected Fact() {
	}

	public int getPosition() {
		return position;
	}

	public String getLabel() {
		return label;
	}

	public String getContent() {
		return content;
	}

	public String getNote() {
		return note;
	}

	public List<Reference> getReferences() {
		return references;
	}

}
