package org.filmref.film;

import java.util.List;

import org.filmref.novel.Novel;
import org.filmref.novel.NovelAdaptations;
import org.filmref.novel.NovelPage.Adaptation;
import org.springframework.stereotype.Component;

/** The films adapted from a novel, for the novel and song pages. One statement. */
@Component
class AdaptationsOfNovels implements NovelAdaptations {

	private final FilmRepository films;

	AdaptationsOfNovels(FilmRepository films) {
		this.films = films;
	}

	@Override
	public List<Adaptation> of(Novel novel) {
		return films.findAdaptationsOf(novel)
			.stream()
			.map(film -> new Adaptation(film.link(), film.getReleaseYear()))
			.toList();
	}

}
