package org.filmref.review;

import java.util.List;
import java.util.Optional;

import org.filmref.film.Film;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CriticReviewRepository extends Repository<CriticReview, Long> {

	String WITH_SOURCES = """
			select r from CriticReview r join fetch r.publication join fetch r.film left join fetch r.critic
			left join fetch r.reference src left join fetch src.publication
			""";

	/** The film page's selection of quotes; the rest are on the review list. */
	@Query(WITH_SOURCES + "where r.film = :film and r.onFilmPage = true order by r.position")
	List<CriticReview> findOnFilmPage(Film film);

	@Query(WITH_SOURCES + "where r.id = :id")
	Optional<CriticReview> findWithSourcesById(long id);

	@Query(WITH_SOURCES + "order by r.film.title, r.position")
	List<CriticReview> findAllWithSources();

	@Query(WITH_SOURCES + "where r.publication = :publication order by r.film.title, r.position")
	List<CriticReview> findByPublication(Publication publication);

	@Query(WITH_SOURCES + "where r.critic = :critic order by r.film.title, r.position")
	List<CriticReview> findByCritic(Critic critic);

}
