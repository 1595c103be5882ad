package org.filmref.person;

import java.util.List;
import java.util.Optional;

import org.filmref.film.Credit;
import org.filmref.novel.Novel;
import org.filmref.song.Song;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * People with pages, and what the person pages need about them that no other repository answers: the novels they
 * wrote and the songs they performed or wrote (kept here so that each person page runs a known set of statements).
 */
public interface PersonRepository extends Repository<Person, Long> {

	@Query("select p from Person p where p.slug = :slug and p.hasPage = true")
	Optional<Person> findPageBySlug(String slug);

	@Query("select p from Person p where p.hasPage = true order by p.sortName")
	List<Person> findAllWithPage();

	/** Every credit of every person with a page, on films with pages: the "known for" column of the index. */
	@Query("""
			select c from Credit c join fetch c.person p join fetch c.film f
			where p.hasPage = true and f.hasPage = true order by f.releaseYear, c.billingOrder""")
	List<Credit> findCreditsOfPeopleWithPages();

	@Query("select n from Novel n join fetch n.author a where a = :author order by n.publishedYear")
	List<Novel> findNovelsBy(Person author);

	@Query("select n from Novel n join fetch n.author a where a.hasPage = true order by n.publishedYear")
	List<Novel> findNovelsOfPeopleWithPages();

	/** Songs the person performed or co-wrote, with their performer and writers. */
	@Query("""
			select distinct s from Song s left join fetch s.performer left join fetch s.writers
			where s.performer = :person or s.id in (select s2.id from Song s2 join s2.writers w where w = :person)
			order by s.releaseYear""")
	List<Song> findSongsOf(Person person);

	/** Songs with their writers, for the index's "known for" column. */
	@Query("select distinct s from Song s left join fetch s.performer left join fetch s.writers order by s.title")
	List<Song> findAllSongsWithPeople();

}
