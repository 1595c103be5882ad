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

	/** Every credit of every person with a page, on films with pages: the "known for" column of the people index. */
	@Query("""
			select c from Credit c join fetch c.person p join fetch c.film f
			where p.hasPage = true and f.hasPage = true order by f.releaseYear, c.billingOrder""")
	List<Credit> findOfPeopleWithPages();

}
