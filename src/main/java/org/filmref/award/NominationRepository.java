package org.filmref.award;

import java.util.List;

import org.filmref.film.Film;
import org.filmref.person.Person;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Nominations, always loaded with their ceremony, award, category, film and nominees in one statement.
 */
public interface NominationRepository extends Repository<Nomination, Long> {

	String FULL = """
			select distinct n from Nomination n
			join fetch n.ceremonyCategory cc join fetch cc.ceremony c join fetch c.award a join fetch cc.category
			left join fetch n.film left join fetch n.nominees
			""";

	String ORDER = " order by a.position, c.ceremonyYear, cc.position, n.position";

	/**
	 * The whole field of every category in which the film was nominated, so that a page can name the winner of each
	 * category the film lost.
	 */
	@Query(FULL + "where cc.id in (select n2.ceremonyCategory.id from Nomination n2 where n2.film = :film)" + ORDER)
	List<Nomination> findFieldsOfFilm(Film film);

	/** The whole field of every category in which the person was nominated. */
	@Query(FULL + """
			where cc.id in (select n2.ceremonyCategory.id from Nomination n2 join n2.nominees p where p = :person)
			""" + ORDER)
	List<Nomination> findFieldsOfPerson(Person person);

	@Query(FULL + "where c = :ceremony" + ORDER)
	List<Nomination> findByCeremony(Ceremony ceremony);

	/**
	 * Loads the references of every nomination at the ceremony into nominations already read by
	 * {@link #findByCeremony} in the same transaction: a second statement instead of a cartesian product of nominees
	 * and references.
	 */
	@Query("""
			select distinct n from Nomination n left join fetch n.references r left join fetch r.publication
			where n.ceremonyCategory.ceremony = :ceremony""")
	List<Nomination> fetchReferencesAt(Ceremony ceremony);

	/** The nominations of films with pages, with their ceremonies: the "film at this ceremony" lines. */
	@Query("""
			select n from Nomination n join fetch n.film f
			join fetch n.ceremonyCategory cc join fetch cc.ceremony c join fetch c.award
			where f.hasPage = true""")
	List<Nomination> findOfFilmsWithPages();

}
