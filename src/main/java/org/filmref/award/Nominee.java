package org.filmref.award;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import org.filmref.person.Person;

/**
 * One nominee of a nomination, in the order the nomination names them: a person, a company, or a name the data set
 * could not identify. {@code creditedAs} is the name as written at that ceremony (a person's name may be spelt
 * differently across the decades; the person's own name is the most recent spelling).
 */
@Entity
@Table(name = "nomination_nominee")
public class Nominee {

	@EmbeddedId
	private NominationPosition id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@MapsId("nominationId")
	@JoinColumn(name = "nomination_id")
	private Nomination nomination;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "person_id")
	private Person person;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "company_id")
	private Company company;

	private String creditedAs;

	protected Nominee() {
	}

	public int getPosition() {
		return id.position();
	}

	public Person getPerson() {
		return person;
	}

	public Company getCompany() {
		return company;
	}

	public String getCreditedAs() {
		return creditedAs;
	}

	/** The name to show: the person's or company's own name, else the name as credited. */
	public String getName() {
		return person != null ? person.getName() : company != null ? company.getName() : creditedAs;
	}

}
