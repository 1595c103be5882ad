package org.filmref.film;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface FilmMusicRepository extends Repository<FilmMusic, Long> {

	@Query("""
			select distinct m from FilmMusic m left join fetch m.person
			left join fetch m.references r left join fetch r.publication
			where m.film = :film order by m.position""")
	List<FilmMusic> findByFilm(Film film);

}
