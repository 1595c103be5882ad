package org.filmref.reference;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.filmref.model.BaseEntity;
import org.hibernate.annotations.ListIndexBase;

/**
 * A sourced statement about one subject, named by its id: an infobox row of a film, or a fact about a novel, a song
 * or a person. Where sources disagree, {@code content} holds the best-supported value and {@code note} the other versions.
 */
@Entity
@Table(name = "fact")
public class Fact extends BaseEntity {

	// The subject by id: the features the facts are about build on this one, not the other way round.
	@Column(name = "film_id")
	private Long filmId;

	@Column(name = "novel_id")
	private Long novelId;

	@Column(name = "song_id")
	private Long songId;

	@Column(name = "person_id")
	private Long personId;

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
