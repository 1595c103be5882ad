package org.filmref.award;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.filmref.film.Film;
import org.filmref.model.BaseEntity;
import org.filmref.person.Person;
import org.filmref.reference.Reference;
import org.hibernate.annotations.ListIndexBase;

/**
 * One entry in a category's field at a ceremony: a film, its nominee(s), and whether it won.
 */
@Entity
@Table(name = "nomination")
public class Nomination extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "ceremony_category_id")
	private CeremonyCategory ceremonyCategory;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "film_id")
	private Film film;

	private boolean won;

	private int position;

	private String detail;

	private String note;

	/** The nominee as the Academy words it, e.g. "Art Direction: Michael Corenblith; Set Decoration: …". */
	private String name;

	/** The official wording of an honorary or scientific/technical award. */
	private String citation;

	@OneToMany(mappedBy = "nomination")
	@OrderBy("id.position")
	private List<Nominee> nominees = new ArrayList<>();

	@OneToMany(mappedBy = "nomination")
	@OrderBy("id.position")
	private List<NominatedFilm> films = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "nomination_reference", joinColumns = @JoinColumn(name = "nomination_id"),
			inverseJoinColumns = @JoinColumn(name = "reference_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<Reference> references = new ArrayList<>();

	protected Nomination() {
	}

	public CeremonyCategory getCeremonyCategory() {
		return ceremonyCategory;
	}

	public Film getFilm() {
		return film;
	}

	public boolean isWon() {
		return won;
	}

	public int getPosition() {
		return position;
	}

	public String getDetail() {
		return detail;
	}

	public String getNote() {
		return note;
	}

	public String getName() {
		return name;
	}

	public String getCitation() {
		return citation;
	}

	public List<Nominee> getNominees() {
		return nominees;
	}

	/** The nominees who are people on the site, in order. */
	public List<Person> getPeople() {
		return nominees.stream().map(Nominee::getPerson).filter(java.util.Objects::nonNull).toList();
	}

	public List<NominatedFilm> getFilms() {
		return films;
	}

	public List<Reference> getReferences() {
		return references;
	}

}
