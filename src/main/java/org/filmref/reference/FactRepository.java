package org.filmref.reference;

import java.util.List;

import org.filmref.film.Film;
import org.filmref.novel.Novel;
import org.filmref.person.Person;
import org.filmref.song.Song;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Sourced facts, each loaded with its references in one statement per subject.
 */
public interface FactRepository extends Repository<Fact, Long> {

	String WITH_REFERENCES = "select distinct f from Fact f left join fetch f.references r left join fetch r.publication ";

	@Query(WITH_REFERENCES + "where f.film = :film order by f.position")
	List<Fact> findByFilm(Film film);

	@Query(WITH_REFERENCES + "where f.novel = :novel order by f.position")
	List<Fact> findByNovel(Novel novel);

	@Query(WITH_REFERENCES + "where f.song = :song order by f.position")
	List<Fact> findBySong(Song song);

	@Query(WITH_REFERENCES + "where f.person = :person order by f.position")
	List<Fact> findByPerson(Person person);

}
