package org.filmref.novel;

import java.util.List;
import java.util.Optional;

import org.filmref.person.Person;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Novels. The works that come from them are the business of the features that build on novels: films adapted from a
 * novel ({@link NovelAdaptations}) and songs named after it ({@link NovelSongs}).
 */
public interface NovelRepository extends Repository<Novel, Long> {

	@Query("select n from Novel n join fetch n.author where n.slug = :slug")
	Optional<Novel> findPageBySlug(String slug);

	@Query("select n from Novel n order by n.title")
	List<Novel> findAllByTitle();

	@Query("select n from Novel n join fetch n.author a where a = :author order by n.publishedYear")
	List<Novel> findBy(Person author);

	@Query("select n from Novel n join fetch n.author a where a.hasPage = true order by n.publishedYear")
	List<Novel> findOfPeopleWithPages();

}
