package org.filmref.song;

import java.util.List;

import org.filmref.web.SitemapPages;
import org.springframework.stereotype.Component;

/** Every song, for the sitemap (songs have no index of their own). */
@Component
class SongSitemap implements SitemapPages {

	private final SongRepository songs;

	SongSitemap(SongRepository songs) {
		this.songs = songs;
	}

	@Override
	public List<String> sitemapPaths() {
		return songs.findAllByTitle().stream().map(Song::path).toList();
	}

}
