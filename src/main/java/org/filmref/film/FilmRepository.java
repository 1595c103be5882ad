package org.filmref.film;

import java.util.List;
import java.util.Optional;

import org.filmref.novel.Novel;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Films. A film page (every film has one) loads the film with its novel, author, releases, web links and other titles
 * in one statement.
 */
public interface FilmRepository extends Repository<Film, Long> {

	@Query("""
			select f from Film f
			left join fetch f.novel n left join fetch n.author
			left join fetch f.releases r left join fetch r.reference rr left join fetch rr.publication
			left join fetch f.webLinks
			left join fetch f.otherTitles
			where f.slug = :slug""")
	Optional<Film> findPageBySlug(String slug);

	/** Every film's slug, for the sitemap: every film has a page. */
	@Query("select f.slug from Film f order by f.slug")
	List<String> findAllSlugs();

	@Query("select f from Film f")
	List<Film> findAll();

	/** The films with an article of their own: the home page's featured films. */
	@Query("select f from Film f where f.lead is not null and f.hasPage = true order by f.title")
	List<Film> findFeatured();

	@Query("select f from Film f where f.hasPage = true order by f.title")
	List<Film> findAllWithPage();

	/**
	 * Other works that share a title: the novels, songs and films a hatnote points readers to, in one statement.
	 */
	@Query("""
			select new org.filmref.film.TitledWork('NOVEL', n.slug, n.title, n.publishedYear, a.name)
			from Novel n join n.author a
			where lower(n.title) = lower(:title)
			union all
			select new org.filmref.film.TitledWork('SONG', s.slug, s.title, s.releaseYear, p.name)
			from Song s left join s.performer p
			where lower(s.title) = lower(:title)
			union all
			select new org.filmref.film.TitledWork('FILM', f.slug, f.title, f.releaseYear, null)
			from Film f
			where lower(f.title) = lower(:title) and f.hasPage = true and f.slug <> :slug""")
	List<TitledWork> findWorksTitled(String title, String slug);

	@Query("select f from Film f where f.novel = :novel order by f.releaseYear, f.title")
	List<Film> findAdaptationsOf(Novel novel);

}
