package org.filmref.song;

import java.util.List;

import org.filmref.reference.Footnote;
import org.filmref.reference.Footnoted;
import org.filmref.reference.References;
import org.filmref.web.Html;
import org.filmref.web.Link;
import org.filmref.web.PageMeta;

/**
 * Everything the song page shows, assembled by {@link SongPages}.
 *
 * @param summary the lead: who sings the song, the album, the single, where the title comes from
 * @param infobox the infobox rows; a row cites the song's fact of the same label, if there is one
 * @param novel the novel the title comes from, or {@code null}
 * @param films films based on that novel
 * @param facts the song's sourced facts in order
 */
public record SongPage(String slug, String title, Link performer, String summary, List<InfoboxRow> infobox,
		List<ChartRow> charts, NovelSource novel, List<Link> films, List<FactItem> facts,
		References references, PageMeta meta) {

	/** An infobox row: one or more values, the sources of the matching fact and its note on differing sources. */
	public record InfoboxRow(String label, List<Link> values, List<Footnote> footnotes, String note) implements Footnoted {

		/** The values, comma-separated and linked where they have a page, for {@code th:utext}. */
		public Html valuesHtml() {
			return Link.joined(values);
		}

	}

	public record ChartRow(String chart, int peak, Integer year, List<Footnote> footnotes) implements Footnoted {
	}

	public record NovelSource(Link novel, Link author, Integer year) {
	}

	public record FactItem(String label, String content, String note, List<Footnote> footnotes) implements Footnoted {
	}

}
