package org.filmref.review;

import java.util.List;
import java.util.Optional;

import org.filmref.reference.Publication;
import org.filmref.reference.Reference;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Publications, and the references that cite them.
 */
public interface PublicationRepository extends Repository<Publication, Long> {

	Optional<Publication> findBySlug(String slug);

	@Query("select p from Publication p order by lower(p.name)")
	List<Publication> findAllByName();

	/** The site's sources from this publication; their publication is the one already loaded. */
	@Query("select r from Reference r where r.publication = :publication order by r.publishedOn, r.title, r.code")
	List<Reference> findReferencesFrom(Publication publication);

}
