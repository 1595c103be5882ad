package org.filmref.novel;

import java.util.List;

import org.filmref.novel.NovelPage.TitleSong;

/**
 * The songs named after a novel, from the song feature, which builds on novels and implements this.
 */
public interface NovelSongs {

	/** The songs that take their title from the novel, in order of release. */
	List<TitleSong> titledAfter(Novel novel);

}
