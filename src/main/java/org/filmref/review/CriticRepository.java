package org.filmref.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CriticRepository extends Repository<Critic, Long> {

	Optional<Critic> findBySlug(String slug);

	@Query("select c from Critic c order by c.sortName")
	List<Critic> findAllBySortName();

}
