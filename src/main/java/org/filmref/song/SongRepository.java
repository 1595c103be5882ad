package org.filmref.song;

import java.util.List;
import java.util.Optional;

import org.filmref.novel.Novel;
import org.filmref.person.Person;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Songs, loaded in the shape their page needs: one statement each for the song with its people and novel, its
 * chart positions with their sources, and the films based on the same novel.
 */
public interface SongRepository extends Repository<Song, Long> {

	@Query("""
			select distinct s from Song s
			left join fetch s.performer
			left join fetch s.novel n left join fetch n.author
			left join fetch s.writers
			where s.slug = :slug""")
	Optional<Song> findPageBySlug(String slug);

	@Query("""
			select c from ChartPosition c
			left join fetch c.reference r left join fetch r.publication
			where c.song = :song order by c.position""")
	List<ChartPosition> findChartPositions(Song song);

	@Query("select s from Song s order by s.title")
	List<Song> findAllByTitle();

	/** Songs the person performed or co-wrote, with their performer and writers. */
	@Query("""
			select distinct s from Song s left join fetch s.performer left join fetch s.writers
			where s.performer = :person or s.id in (select s2.id from Song s2 join s2.writers w where w = :person)
			order by s.releaseYear""")
	List<Song> findOf(Person person);

	/** Songs with their performer and writers, for the people index's "known for" column. */
	@Query("select distinct s from Song s left join fetch s.performer left join fetch s.writers order by s.title")
	List<Song> findAllWithPeople();

	@Query("select s from Song s left join fetch s.performer where s.novel = :novel order by s.releaseYear, s.title")
	List<Song> findTitledAfter(Novel novel);

}
