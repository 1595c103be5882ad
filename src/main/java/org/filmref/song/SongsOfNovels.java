package org.filmref.song;

import java.util.List;

import org.filmref.novel.Novel;
import org.filmref.novel.NovelPage.TitleSong;
import org.filmref.novel.NovelSongs;
import org.springframework.stereotype.Component;

/** The songs named after a novel, for the novel page. One statement. */
@Component
class SongsOfNovels implements NovelSongs {

	private final SongRepository songs;

	SongsOfNovels(SongRepository songs) {
		this.songs = songs;
	}

	@Override
	public List<TitleSong> titledAfter(Novel novel) {
		return songs.findTitledAfter(novel)
			.stream()
			.map(song -> new TitleSong(song.link(), song.getPerformer() != null ? song.getPerformer().link() : null,
					song.getReleaseYear()))
			.toList();
	}

}
