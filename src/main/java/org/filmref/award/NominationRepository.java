package org.filmref.award;

import java.util.List;

import org.filmref.film.Film;
import org.filmref.person.Person;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Nominations, always loaded with their ceremony, award, category, film and nominees in one statement (or found in
 * the transaction, where a page's first statement loaded them). The queries
 * that fetch a collection say no {@code distinct}: Hibernate returns each nomination once, however many rows its
 * nominees, films or references make, and those rows differ anyway (by the nominee's, the film's or the reference's
 * position); a {@code DISTINCT} only made the database compare the ~90 columns of every row (a ceremony's nominations
 * in H2: 24 ms against 19 ms a statement).
 */
public interface NominationRepository extends Repository<Nomination, Long> {

	/**
	 * A field's films and nominees. A ceremony's or a category's field leaves out the joins of what its page's first
	 * statement has loaded in the transaction (the ceremony and its award body, or the category and its award body):
	 * Hibernate takes those from the persistence context, and each row of the field is 24–30 columns narrower.
	 */
	String FIELD_FETCHES = """
			left join fetch n.film left join fetch n.nominees nn left join fetch nn.person left join fetch nn.company
			""";

	/** A nomination's ceremony, award, category, film and nominees, fetched with it. */
	String FETCHES = """
			join fetch n.ceremonyCategory cc join fetch cc.ceremony c join fetch c.award a join fetch cc.category
			""" + FIELD_FETCHES;

	String FULL = "select n from Nomination n " + FETCHES;

	/** Ceremony by ceremony (oldest first, then the award bodies' order), as a film's or person's page lists them. */
	String CHRONOLOGICAL = " order by c.ceremonyYear, a.position, cc.position, n.position";

	/** The nominations naming the film (as any of a nomination's films). */
	String OF_FILM = " n.id in (select nf2.nomination.id from NominatedFilm nf2 where nf2.film = :film)";

	/** The nominations naming the person as a nominee. */
	String OF_PERSON = " n.id in (select nn2.nomination.id from Nominee nn2 where nn2.person = :person)";

	/** Fetches a nomination's films: a second bag cannot be fetched with the nominees. */
	String FILMS = "select n from Nomination n left join fetch n.films nf left join fetch nf.film where";

	/**
	 * Fetches the films of the nominations of some ceremony categories (a ceremony's, a category's), starting from
	 * them: see {@link #fetchReferencesAt}.
	 */
	String FILMS_BY_CATEGORIES = """
			select n from CeremonyCategory cc join Nomination n on n.ceremonyCategory = cc
			left join fetch n.films nf left join fetch nf.film where""";

	/** The film's nominations, with their nominees. */
	@Query(FULL + "where" + OF_FILM + CHRONOLOGICAL)
	List<Nomination> findOf(Film film);

	/** The person's nominations, with their nominees; {@link #fetchFilmsOf(Person)} loads their films. */
	@Query(FULL + "where" + OF_PERSON + CHRONOLOGICAL)
	List<Nomination> findOf(Person person);

	@Query(FILMS + OF_PERSON)
	List<Nomination> fetchFilmsOf(Person person);

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

	/** The ceremony's field, category by category; the ceremony and its award body are loaded already. */
	@Query("select n from Nomination n join fetch n.ceremonyCategory cc join fetch cc.category " + FIELD_FETCHES
			+ "where cc.ceremony = :ceremony order by cc.position, n.position")
	List<Nomination> findByCeremony(Ceremony ceremony);

	/**
	 * Loads the references of every nomination at the ceremony into nominations already read by
	 * {@link #findByCeremony} in the same transaction: a second statement instead of a cartesian product of nominees
	 * and references. The query starts from the ceremony's categories (here and in the other fetches by ceremony or
	 * category), as H2 keeps the order of the FROM clause where outer joins follow: from the nominations, it read
	 * every one of them (12,000) for each ceremony page.
	 */
	@Query("""
			select n from CeremonyCategory cc join Nomination n on n.ceremonyCategory = cc
			left join fetch n.references r left join fetch r.publication where cc.ceremony = :ceremony""")
	List<Nomination> fetchReferencesAt(Ceremony ceremony);

	/**
	 * Every nomination in a category, across the ceremonies, oldest first. The query starts from the category's
	 * ceremony categories, found by their own column: with the condition on the fetched category instead, H2 reads
	 * every nomination (22,000) with its ceremony for a history of 185 rows, and the page costs three times as much.
	 * The category and its award body are loaded already.
	 */
	@Query("select n from CeremonyCategory k join Nomination n on n.ceremonyCategory = k "
			+ "join fetch n.ceremonyCategory cc join fetch cc.ceremony c " + FIELD_FETCHES
			+ "where k.category = :category order by c.ceremonyYear, cc.position, n.position")
	List<Nomination> findByCategory(AwardCategory category);

	/**
	 * Loads the films of every nomination at the ceremony into nominations already read by {@link #findByCeremony}:
	 * a second bag cannot be fetched with the nominees.
	 */
	@Query(FILMS_BY_CATEGORIES + " cc.ceremony = :ceremony")
	List<Nomination> fetchFilmsAt(Ceremony ceremony);

	/** Loads the films of every nomination in the category, as {@link #fetchFilmsAt} for a ceremony. */
	@Query(FILMS_BY_CATEGORIES + " cc.category = :category")
	List<Nomination> fetchFilmsOf(AwardCategory category);

	/** Every film's nominations and wins at the award body. */
	@Query("""
			select new org.filmref.award.Tally(f.id, f.slug, f.title, f.hasPage, count(distinct n.id),
				count(distinct case when n.won = true then n.id end))
			from NominatedFilm nf join nf.film f join nf.nomination n join n.ceremonyCategory cc join cc.ceremony c
			where c.award = :award group by f.id, f.slug, f.title, f.hasPage""")
	List<Tally> tallyFilms(Award award);

	/**
	 * Every film's nominations and wins at each ceremony honouring the films of a year; honorary awards given are
	 * left out, as on the film's page.
	 */
	@Query("""
			select new org.filmref.award.SeasonTally(f.id, f.slug, f.title, c.id, count(distinct n.id),
				count(distinct case when n.won = true then n.id end))
			from NominatedFilm nf join nf.film f join nf.nomination n join n.ceremonyCategory cc join cc.ceremony c
			join cc.category k
			where c.filmYear = :year and (k.categoryClass is null or k.categoryClass <> 'Special' or n.won = false)
			group by f.id, f.slug, f.title, c.id""")
	List<SeasonTally> tallySeason(int year);

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
