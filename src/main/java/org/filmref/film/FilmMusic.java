package org.filmref.film;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.filmref.model.BaseEntity;
import org.filmref.person.Person;
import org.filmref.reference.Reference;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.type.SqlTypes;

/**
 * Music in a film: the score, a song heard in it, or the soundtrack album.
 */
@Entity
@Table(name = "film_music")
public class FilmMusic extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	private int position;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private MusicKind kind;

	private String title;

	/** The performer as credited, for performers without a person row. */
	private String performer;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "person_id")
	private Person person;

	private String description;

	@ManyToMany
	@JoinTable(name = "film_music_reference", joinColumns = @JoinColumn(name = "film_music_id"),
			inverseJoinColumns = @JoinColumn(name = "reference_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<Reference> references = new ArrayList<>();

	protected FilmMusic() {
	}

	public Film getFilm() {
		return film;
	}

	public int getPosition() {
		return position;
	}

	public MusicKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getPerformer() {
		return performer;
	}

	public Person getPerson() {
		return person;
	}

	public String getDescription() {
		return description;
	}

	public List<Reference> getReferences() {
		return references;
	}

}
