package org.filmref.person;

import java.util.List;

import org.filmref.reference.FactView;
import org.filmref.reference.References;
import org.filmref.web.Link;
import org.filmref.web.PageMeta;

/**
 * Everything a person's page shows but their awards (which are beside it, {@code org.filmref.page.PersonView}: the
 * person feature knows no nomination), assembled once and cached.
 *
 * @param born birth date and place, or {@code null} where neither is known
 * @param died death date, place and age, or {@code null}
 * @param imdbUrl the person's IMDb page, for people in the Academy Awards data set
 */
public record PersonPage(String slug, String name, String born, String died, String summary, List<Link> knownFor,
		List<FactView> facts, List<FilmRoles> films, String imdbUrl,
		List<NovelItem> novels, List<SongItem> songs, References references, PageMeta meta) {

	public String path() {
		return Person.path(slug);
	}

	/** The person's roles on one film: "Director", "Actor (Ben Sanderson)". */
	public record FilmRoles(Link film, Integer year, List<String> roles) {
	}

	public record NovelItem(Link novel, Integer year, String publisher) {
	}

	/** A song and what the person did on it: "performer", "writer" or both. */
	public record SongItem(Link song, Link performer, Integer year, String role) {
	}

}
