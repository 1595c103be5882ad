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
			left join fetch n.film left join fetch n.nominees nn left join fetch nn.person left join fetch nn.company
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
			where cc.id in (select n2.ceremonyCategory.id from Nomination n2 join n2.nominees nn2 where nn2.person = :person)
			""" + ORDER)
	List<Nomination> findFieldsOfPerson(Person person);

	/**
	 * The film year of each nomination of a film, as (film id, year) pairs: the nomination's own film and each film it
	 * names. One statement.
	 */
	@Query("""
			select new org.filmref.award.YearOf(f.id, c.filmYear) from Nomination n
			join n.film f join n.ceremonyCategory cc join cc.ceremony c where c.filmYear is not null
			union
			select new org.filmref.award.YearOf(f.id, c.filmYear) from NominatedFilm nf
			join nf.film f join nf.nomination n join n.ceremonyCategory cc join cc.ceremony c where c.filmYear is not null""")
	List<YearOf> findFilmYearsOfFilms();

	/** The earliest film year of each nominated person's nominations, as (person id, year). One statement. */
	@Query("""
			select new org.filmref.award.YearOf(p.id, min(c.filmYear)) from Nominee nn
			join nn.person p join nn.nomination n join n.ceremonyCategory cc join cc.ceremony c
			group by p.id""")
	List<YearOf> findFirstYearsOfPeople();

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

	/** Every nomination in a category, across the ceremonies, oldest first. */
	@Query(FULL + "where cc.category = :category" + ORDER)
	List<Nomination> findByCategory(AwardCategory category);

	/**
	 * Loads the films of every nomination at the ceremony into nominations already read by {@link #findByCeremony}:
	 * a second bag cannot be fetched with the nominees.
	 */
	@Query("""
			select distinct n from Nomination n left join fetch n.films nf left join fetch nf.film
			where n.ceremonyCategory.ceremony = :ceremony""")
	List<Nomination> fetchFilmsAt(Ceremony ceremony);

	/** Loads the films of every nomination in the category, as {@link #fetchFilmsAt} for a ceremony. */
	@Query("""
			select distinct n from Nomination n left join fetch n.films nf left join fetch nf.film
			where n.ceremonyCategory.category = :category""")
	List<Nomination> fetchFilmsOf(AwardCategory category);

	/** Every film's nominations and wins at the award body. */
	@Query("""
			select new org.filmref.award.Tally(f.id, f.slug, f.title, f.hasPage, count(distinct n.id),
				count(distinct case when n.won = true then n.id end))
			from NominatedFilm nf join nf.film f join nf.nomination n join n.ceremonyCategory cc join cc.ceremony c
			where c.award = :award group by f.id, f.slug, f.title, f.hasPage""")
	List<Tally> tallyFilms(Award award);

	/** Every person's nominations and wins at the award body. */
	@Query("""
			select new org.filmref.award.Tally(p.id, p.slug, p.name, p.hasPage, count(distinct n.id),
				count(distinct case when n.won = true then n.id end))
			from Nominee nn join nn.person p join nn.nomination n join n.ceremonyCategory cc join cc.ceremony c
			where c.award = :award group by p.id, p.slug, p.name, p.hasPage""")
	List<Tally> tallyPeople(Award award);

	/** The nominations of films with pages, with their ceremonies: the "film at this ceremony" lines. */
	@Query("""
			select n from Nomination n join fetch n.film f
			join fetch n.ceremonyCategory cc join fetch cc.ceremony c join fetch c.award
			where f.hasPage = true""")
	List<Nomination> findOfFilmsWithPages();

}
