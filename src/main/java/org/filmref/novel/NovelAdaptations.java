package org.filmref.novel;

import java.util.List;

import org.filmref.novel.NovelPage.Adaptation;

/**
 * The films adapted from a novel, from the film feature, which builds on novels and implements this: the novel and
 * song pages list them without knowing films.
 */
public interface NovelAdaptations {

	/** The novel's adaptations in order of release, linked where they have a page. */
	List<Adaptation> of(Novel novel);

}
