package org.filmref.person;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * People: those with pages, and everyone for the index.
 */
public interface PersonRepository extends Repository<Person, Long> {

	@Query("select p from Person p where p.slug = :slug and p.hasPage = true")
	Optional<Person> findPageBySlug(String slug);

	@Query("select p from Person p")
	List<Person> findAll();

	@Query("select p from Person p where p.hasPage = true order by p.sortName")
	List<Person> findAllWithPage();

}
