package org.filmref.film;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface TriviaRepository extends Repository<Trivia, Long> {

	@Query("""
			select distinct t from Trivia t left join fetch t.references r left join fetch r.publication
			where t.film = :film order by t.position""")
	List<Trivia> findByFilm(Film film);

}
