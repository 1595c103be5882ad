package org.filmref.film;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.filmref.model.Analyzers;
import org.filmref.model.BaseEntity;
import org.filmref.person.Person;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.type.SqlTypes;

/**
 * A person's credit on a film: a crew role, or a cast role with the character played.
 */
@Entity
@Indexed
@Table(name = "credit")
public class Credit extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private CreditRole role;

	@FullTextField(analyzer = Analyzers.NAME)
	private String characterName;

	private int billingOrder;

	private String creditedAs;

	private String note;

	protected Credit() {
	}

	public Film getFilm() {
		return film;
	}

	public Person getPerson() {
		return person;
	}

	public CreditRole getRole() {
		return role;
	}

	public String getCharacterName() {
		return characterName;
	}

	public int getBillingOrder() {
		return billingOrder;
	}

	public String getCreditedAs() {
		return creditedAs;
	}

	public String getNote() {
		return note;
	}

}
