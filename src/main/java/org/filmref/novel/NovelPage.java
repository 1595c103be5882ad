package org.filmref.novel;

import java.util.List;

import org.filmref.reference.FactView;
import org.filmref.reference.References;
import org.filmref.web.Link;
import org.filmref.web.PageMeta;

/**
 * Everything a novel's page shows, assembled once and cached.
 *
 * @param authorFacts the sourced facts about the author's life and death, as the novel's story cannot be told
 * without them
 */
public record NovelPage(String slug, String title, Link author, String authorYears, Integer year, String publisher,
		String summary, String background, List<FactView> facts, List<FactView> authorFacts,
		List<Adaptation> adaptations, List<TitleSong> songs, References references, PageMeta meta) {

	public String path() {
		return Novel.path(slug);
	}

	public record Adaptation(Link film, Integer year) {
	}

	public record TitleSong(Link song, Link performer, Integer year) {
	}

}
