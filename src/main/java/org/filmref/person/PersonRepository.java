package org.filmref.person;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * People: everyone has a page; {@code hasPage} marks the people of the articles, whom the index lists.
 */
public interface PersonRepository extends Repository<Person, Long> {

	/** A person's page: the person with the names award bodies credit them with, in one statement. */
	@Query("select p from Person p left join fetch p.otherNames where p.slug = :slug")
	Optional<Person> findPageBySlug(String slug);

	/** Everyone's slug, for the sitemap: everyone has a page. */
	@Query("select p.slug from Person p order by p.slug")
	List<String> findAllSlugs();

	@Query("select p from Person p")
	List<Person> findAll();

	@Query("select p from Person p where p.hasPage = true order by p.sortName")
	List<Person> findAllWithPage();

}
