package org.filmref.reference;

import java.util.List;

import org.filmref.web.Link;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The markup the view models write for citations, footnote marks and a nomination's cells: what the template
 * fragments they replaced wrote, escaped.
 */
class CitationMarkupTests {

	@Test
	void aReferenceReadsAsACitationWithItsLinksAndEscapedText() {
		ReferenceView reference = new ReferenceView(1L, "Roger Ebert", "Leaving Las Vegas", "Chicago Sun-Times",
				"/publications/chicago-sun-times", "12", "10 November 1995", "https://example.org/a?b=1&c=2",
				"12 April 2007", "de", "Review <online>");

		assertThat(reference.html()).isEqualTo("Roger Ebert: <a href=\"https://example.org/a?b=1&amp;c=2\">Leaving Las"
				+ " Vegas</a>. In: <cite><a href=\"/publications/chicago-sun-times\">Chicago Sun-Times</a></cite>, No. 12."
				+ " 10 November 1995. Accessed 12 April 2007. (in German) <span class=\"note\">Review &lt;online&gt;</span>");
	}

	@Test
	void aReferenceWithoutTitleShowsItsAddressAndAPlainPublication() {
		ReferenceView reference = new ReferenceView(2L, null, null, "Lexikon des internationalen Films", null, null,
				null, "https://example.org/", null, "en", null);

		assertThat(reference.html()).isEqualTo(
				"In: <cite>Lexikon des internationalen Films</cite>. <a href=\"https://example.org/\">https://example.org/</a>. ");
	}

	@Test
	void anEntryLinksBackToEachPlaceThatCitesIt() {
		ReferenceView reference = new ReferenceView(3L, null, "T", null, null, null, null, null, null, null, null);

		assertThat(new CitedReference(1, "ref-1", reference, List.of("cite-1-a")).html())
			.isEqualTo("<a href=\"#cite-1-a\">\u2191</a> T. ");
		assertThat(new CitedReference(2, "ref-2", reference, List.of("cite-2-a", "cite-2-b")).html())
			.isEqualTo("<a href=\"#cite-2-a\">a</a><a href=\"#cite-2-b\">b</a> T. ");
	}

	@Test
	void footnoteMarksLinkToTheirReferences() {
		Footnote first = new Footnote();
		first.numbered(3, "cite-3-a", "ref-3");
		Footnote second = new Footnote();
		second.numbered(7, "cite-7-b", "ref-7");

		assertThat(Footnote.marks(List.of(first, second))).isEqualTo(
				"<sup id=\"cite-3-a\"><a href=\"#ref-3\">[3]</a></sup><sup id=\"cite-7-b\"><a href=\"#ref-7\">[7]</a></sup>");
		assertThat(Footnote.marks(List.of())).isEmpty();
	}

	@Test
	void aNominationsCellsNameItsNomineesFilmsAndResult() {
		NominationView nomination = new NominationView(true,
				List.of(new NominationView.Segment("Nicolas Cage", "/people/nicolas-cage"),
						new NominationView.Segment(" & friends", null)),
				List.of(new NominationView.FilmRef(new Link("Leaving Las Vegas", "/films/leaving-las-vegas"), null),
						new NominationView.FilmRef(Link.plain("Sunrise"), "The Wife")),
				null, null, null, List.of(), false);

		assertThat(nomination.creditHtml()).isEqualTo("<a href=\"/people/nicolas-cage\">Nicolas Cage</a> &amp; friends");
		assertThat(nomination.filmsHtml())
			.isEqualTo("<i><a href=\"/films/leaving-las-vegas\">Leaving Las Vegas</a></i>, <i>Sunrise</i> (The Wife)");
		assertThat(nomination.resultHtml()).isEqualTo("<strong><span aria-hidden=\"true\">\u2605 </span>Won</strong>");
		assertThat(new NominationView(false, List.of(), List.of(), null, null, null, List.of(), false).creditHtml())
			.contains("No nominee named");
	}

	@Test
	void aNominationsCategoryLinksToItsFieldAndUnlessCompactToItsHistory() {
		NominationView nomination = new NominationView(false, List.of(), List.of(), null, null, null, List.of(), false);
		NominationsByCeremony.Row row = new NominationsByCeremony.Row(
				new Link("Music & Lyrics", "/awards/academy-awards/1996#music"),
				"/awards/academy-awards/categories/music", "Academy Award", nomination);

		assertThat(row.categoryHtml(true))
			.isEqualTo("<a href=\"/awards/academy-awards/1996#music\">Music &amp; Lyrics</a>");
		assertThat(row.categoryHtml(false)).isEqualTo("<a href=\"/awards/academy-awards/1996#music\">Music &amp; Lyrics</a>"
				+ " <a class=\"history\" href=\"/awards/academy-awards/categories/music\">(history<span"
				+ " class=\"visually-hidden\"> of Music &amp; Lyrics</span>)</a>");
		assertThat(new NominationsByCeremony.Row(Link.plain("Special"), null, "Academy Award", nomination)
			.categoryHtml(false))
			.isEqualTo("<a>Special</a> <a class=\"history\">(history<span class=\"visually-hidden\"> of Special</span>)</a>");
	}

}
