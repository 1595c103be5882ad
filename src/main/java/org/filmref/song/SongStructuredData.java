package org.filmref.song;

import org.filmref.novel.Novel;
import org.filmref.web.JsonLd;
import org.filmref.web.PageMeta;
import org.filmref.web.Schema;
import org.filmref.web.Site;

/**
 * A song's page as a schema.org {@code MusicRecording} (the performer's recording, on its album) of a
 * {@code MusicComposition} (the song as written, by its composers, its title taken from the novel).
 */
final class SongStructuredData {

	private SongStructuredData() {
	}

	static PageMeta meta(Song song, Site site) {
		String path = song.path();
		String by = song.getPerformer() != null ? " " + song.getPerformer().getName() : "";
		String title = song.getTitle() + " (" + (song.getReleaseYear() != null ? song.getReleaseYear() + by + " " : by.isEmpty() ? "" : by.trim() + " ") + "song)";
		Novel novel = song.getNovel();
		return PageMeta.of(title, song.getSummary(), path)
			.type("music.song")
			.jsonLd(JsonLd.document("MusicRecording")
				.put("@id", site.url(path) + "#recording")
				.put("name", song.getTitle())
				.put("url", site.url(path))
				.put("description", song.getSummary())
				.put("byArtist", song.getPerformer() != null ? Schema.person(song.getPerformer(), site) : null)
				.put("inAlbum", song.getAlbum() == null ? null
						: JsonLd.node("MusicAlbum")
							.put("name", song.getAlbum())
							.put("byArtist", song.getPerformer() != null ? Schema.person(song.getPerformer(), site) : null)
							.put("recordLabel", song.getLabel() != null ? Schema.organization(song.getLabel(), null) : null))
				.put("duration", Schema.seconds(song.getLengthSeconds()))
				.put("datePublished", song.getReleaseYear() != null ? String.valueOf(song.getReleaseYear()) : null)
				.put("recordingOf", JsonLd.node("MusicComposition")
					.put("name", song.getTitle())
					.put("composer", song.getWriters().stream().map(writer -> Schema.person(writer, site)).toList())
					.put("isBasedOn", novel == null ? null
							: JsonLd.node("Book")
								.put("name", novel.getTitle())
								.put("url", site.url(novel.path()))
								.put("author", Schema.person(novel.getAuthor(), site)))));
	}

}
