package org.filmref.novel;

import java.util.List;
import java.util.Optional;

import org.filmref.film.Film;
import org.filmref.song.Song;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Novels, with the works that come from them: the films adapted from a novel and the songs named after it.
 */
public interface NovelRepository extends Repository<Novel, Long> {

	@Query("select n from Novel n join fetch n.author where n.slug = :slug")
	Optional<Novel> findPageBySlug(String slug);

	@Query("select f from Film f where f.novel = :novel order by f.releaseYear, f.title")
	List<Film> findAdaptationsOf(Novel novel);

	@Query("select s from Song s left join fetch s.performer where s.novel = :novel order by s.releaseYear, s.title")
	List<Song> findSongsTitledAfter(Novel novel);

}
