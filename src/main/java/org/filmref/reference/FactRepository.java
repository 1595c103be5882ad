package org.filmref.reference;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Sourced facts, each loaded with its references in one statement per subject, the subject given by its id.
 */
public interface FactRepository extends Repository<Fact, Long> {

	String WITH_REFERENCES = "select distinct f from Fact f left join fetch f.references r left join fetch r.publication ";

	@Query(WITH_REFERENCES + "where f.filmId = :filmId order by f.position")
	List<Fact> findByFilmId(long filmId);

	@Query(WITH_REFERENCES + "where f.novelId = :novelId order by f.position")
	List<Fact> findByNovelId(long novelId);

	@Query(WITH_REFERENCES + "where f.songId = :songId order by f.position")
	List<Fact> findBySongId(long songId);

	@Query(WITH_REFERENCES + "where f.personId = :personId order by f.position")
	List<Fact> findByPersonId(long personId);

}
