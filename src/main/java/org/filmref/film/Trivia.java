package org.filmref.film;

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
import org.filmref.reference.Reference;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * One item of a film's "Background and miscellaneous" section.
 */
@Entity
@Indexed
@Table(name = "trivia")
public class Trivia extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	private int position;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String text;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String note;

	@ManyToMany
	@JoinTable(name = "trivia_reference", joinColumns = @JoinColumn(name = "trivia_id"),
			inverseJoinColumns = @JoinColumn(name = "reference_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<Reference> references = new ArrayList<>();

	protected Trivia() {
	}

	public Film getFilm() {
		return film;
	}

	public int getPosition() {
		return position;
	}

	public String getText() {
		return text;
	}

	public String getNote() {
		return note;
	}

	public List<Reference> getReferences() {
		return references;
	}

}
