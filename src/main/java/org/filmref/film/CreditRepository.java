package org.filmref.film;

import java.util.List;

import org.filmref.person.Person;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CreditRepository extends Repository<Credit, Long> {

	@Query("select c from Credit c join fetch c.person where c.film = :film order by c.billingOrder")
	List<Credit> findByFilm(Film film);

	@Query("select c from Credit c join fetch c.film where c.person = :person order by c.film.releaseYear, c.billingOrder")
	List<Credit> findByPerson(Person person);

}
