package org.filmref.film;

import java.util.List;

import org.filmref.reference.CitedReference;
import org.filmref.reference.Footnote;
import org.filmref.review.QuoteView;
import org.filmref.web.Crumb;
import org.filmref.web.Link;
import org.filmref.web.PageMeta;
import org.filmref.web.Paths;

/**
 * Everything the film page shows, assembled once and cached: the page renders from this record without touching
 * the database.
 */
public record FilmPage(String slug, String title, String originalTitle, Integer year, Integer runtimeMinutes,
		String imdbId, String lead, String plot, String reception, List<Hatnote> hatnotes, NovelSource novel,
		List<InfoboxRow> infobox, List<CastMember> cast, List<CrewGroup> crew, List<TriviaItem> trivia,
		List<MusicItem> music, List<QuoteView> reviews, List<AwardGroup> awards, int wins, int nominations,
		List<WebLinkView> webLinks, List<CitedReference> references, TextSource textSource, PageMeta meta) {

	public String path() {
		return Paths.film(slug);
	}

	/** Every critic quote on the film; the page shows a selection of them. */
	public String reviewsPath() {
		return Paths.reviewsOf(slug);
	}

	public List<Crumb> breadcrumbs() {
		return List.of(new Crumb("Films", "/"), Crumb.here(title));
	}

	/** "For the 1990 novel by John O'Brien, see Leaving Las Vegas (novel)." */
	public record Hatnote(String description, Link link) {
	}

	public record NovelSource(Link novel, Link author, Integer year) {
	}

	public record InfoboxRow(String label, List<InfoboxValue> values, String note) {
	}

	public record InfoboxValue(Link value, List<Footnote> footnotes) {
	}

	public record CastMember(Link person, String character, String creditedAs, String note) {
	}

	public record CrewGroup(String label, List<CrewMember> members) {
	}

	public record CrewMember(Link person, String note) {
	}

	public record TriviaItem(String text, String note, List<Footnote> footnotes) {
	}

	public record MusicItem(MusicKind kind, String title, Link performer, String description,
			List<Footnote> footnotes) {
	}

	public record AwardGroup(Link award, Link ceremony, String date, List<AwardRow> rows, int wins) {
	}

	/**
	 * One of the film's nominations; {@code winners} names who won the category where the film lost.
	 */
	public record AwardRow(String category, String href, List<Link> nominees, boolean won, List<Winner> winners) {
	}

	public record Winner(List<Link> nominees, Link film) {
	}

	public record WebLinkView(String site, String label, String url) {
	}

	/** The article this page's text is adapted from, and its licence. */
	public record TextSource(String name, String title, String url, String language, String licence,
			String licenceUrl) {
	}

}
