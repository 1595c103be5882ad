package org.filmref.award;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Award bodies and their ceremonies.
 */
public interface AwardRepository extends Repository<Award, Long> {

	@Query("select a from Award a order by a.position")
	List<Award> findAllInOrder();

	Optional<Award> findBySlug(String slug);

	@Query("select c from Ceremony c join fetch c.award a order by a.position, c.ceremonyYear")
	List<Ceremony> findAllCeremonies();

	/** The ceremonies honouring the films of a year, one per award body at most. */
	@Query("select c from Ceremony c join fetch c.award where c.filmYear = :year")
	List<Ceremony> findCeremoniesOfFilmYear(int year);

	/** Every film year a ceremony honours, in order: the awards seasons. */
	@Query("select distinct c.filmYear from Ceremony c where c.filmYear is not null order by c.filmYear")
	List<Integer> findFilmYears();

	@Query("select c from Ceremony c where c.award = :award order by c.ceremonyYear")
	List<Ceremony> findCeremoniesOf(Award award);

	/** A ceremony with its award body and its sources, for the ceremony page. */
	@Query("""
			select c from Ceremony c join fetch c.award a
			left join fetch c.references r left join fetch r.publication
			where a.slug = :awardSlug and c.ceremonyYear = :year""")
	Optional<Ceremony> findCeremonyPage(String awardSlug, int year);

	/** The award's categories in their order, each with its award. */
	@Query("select k from AwardCategory k join fetch k.award where k.award = :award order by k.position, k.name")
	List<AwardCategory> findCategoriesOf(Award award);

	/** Every category presented at some ceremony: the categories with a history page. */
	@Query("""
			select k from AwardCategory k join fetch k.award a
			where exists (select 1 from CeremonyCategory cc where cc.category = k)
			order by a.position, k.position, k.name""")
	List<AwardCategory> findCategoriesWithHistory();

	@Query("select k from AwardCategory k join fetch k.award a where a.slug = :awardSlug and k.slug = :slug")
	Optional<AwardCategory> findCategory(String awardSlug, String slug);

	/** The year a ceremony was held, by its edition: the 68th Academy Awards were held in 1996. */
	@Query("select c.ceremonyYear from Ceremony c where c.award.slug = :awardSlug and c.edition = :edition")
	Optional<Integer> findCeremonyYearByEdition(String awardSlug, int edition);

}
