package org.filmref.review;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ReviewAggregateRepository extends Repository<ReviewAggregate, Long> {

	@Query("""
			select a from ReviewAggregate a join fetch a.publication join fetch a.film
			left join fetch a.reference src left join fetch src.publication
			order by a.film.title, a.position
			""")
	List<ReviewAggregate> findAllWithSources();

}
