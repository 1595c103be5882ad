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

	@Test
	void aReferencesListHasAnItemPerEntryWithItsAnchor() {
		ReferenceView reference = new ReferenceView(3L, null, "T & U", null, null, null, null, null, null, null, null);
		References references = new References(List.of(new CitedReference(1, "ref-1", reference, List.of("cite-1-a")),
				new CitedReference(2, "ref-2", reference, List.of("cite-2-a"))));

		assertThat(references.html()).isEqualTo("\n<li id=\"ref-1\"><a href=\"#cite-1-a\">\u2191</a> T &amp; U. </li>\n"
				+ "<li id=\"ref-2\"><a href=\"#cite-2-a\">\u2191</a> T &amp; U. </li>\n");
		assertThat(References.NONE.isEmpty()).isTrue();
		assertThat(References.NONE.html()).isEqualTo("\n");
	}

	@Test
	void aFilmsAndAPersonsNominationsTableHasARowPerNominationTheWonOnesMarked() {
		NominationView won = new NominationView(true, List.of(new NominationView.Segment("Nicolas Cage", null)),
				List.of(new NominationView.FilmRef(Link.plain("Leaving Las Vegas"), null)), "Ben Sanderson",
				"posthumous & late", null, List.of(), true);
		NominationView lost = new NominationView(false, List.of(new NominationView.Segment("Mike Figgis", null)),
				List.of(), null, null, null, List.of(), true);
		NominationsByCeremony.Group group = new NominationsByCeremony.Group(Link.plain("Academy Awards"),
				Link.plain("68th Academy Awards"), null, "1995",
				List.of(new NominationsByCeremony.Row(new Link("Best Actor", "/a#actor"), "/h/actor", "A", won),
						new NominationsByCeremony.Row(new Link("Best Director", "/a#director"), "/h/director", "A", lost)));

		assertThat(group.detailed()).isTrue();
		assertThat(group.rowsHtml(false, false, true)).isEqualTo("\n<tr class=\"won\">\n<th scope=\"row\"><a href=\"/a#actor\">"
				+ "Best Actor</a></th>\n<td>Nicolas Cage</td>\n<td><strong><span aria-hidden=\"true\">\u2605 </span>Won</strong>"
				+ "</td>\n</tr>\n<tr>\n<th scope=\"row\"><a href=\"/a#director\">Best Director</a></th>\n<td>Mike Figgis</td>"
				+ "\n<td>Nominated</td>\n</tr>\n");
		assertThat(group.rowsHtml(true, true, false)).contains("<td>Mike Figgis</td>\n<td></td>\n<td>Nominated</td>\n<td></td>")
			.contains("<td><i>Leaving Las Vegas</i></td>")
			.contains("<td>Ben Sanderson<p class=\"note\">posthumous &amp; late</p></td>")
			.contains("(history<span class=\"visually-hidden\"> of Best Actor</span>)</a></th>");
	}

	@Test
	void aFieldsRowsAreClassedByResultAndArticleAndHaveADetailColumnOnlyWhereNeeded() {
		NominationView winner = new NominationView(true, List.of(new NominationView.Segment("Nicolas Cage", "/p/cage")),
				List.of(new NominationView.FilmRef(new Link("Leaving Las Vegas", "/f/llv"), null)), null, null, null,
				List.of(), true);
		NominationView other = new NominationView(false, List.of(), List.of(), null, null, "For <everything>",
				List.of(), false);

		assertThat(winner.fieldRowClass()).isEqualTo("winner featured");
		assertThat(other.fieldRowClass()).isNull();
		assertThat(NominationView.anyDetailed(List.of(winner))).isFalse();
		assertThat(NominationView.anyDetailed(List.of(winner, other))).isTrue();
		assertThat(winner.fieldCellsHtml(true, false)).isEqualTo("\n<th scope=\"row\"><a href=\"/p/cage\">Nicolas Cage</a>"
				+ "</th>\n<td><i><a href=\"/f/llv\">Leaving Las Vegas</a></i></td>\n<td><strong><span aria-hidden=\"true\">"
				+ "\u2605 </span>Won</strong></td>\n");
		assertThat(other.fieldCellsHtml(false, true)).isEqualTo("\n<th scope=\"row\"><span aria-hidden=\"true\">\u2014</span>"
				+ "<span class=\"visually-hidden\">No film named</span></th>\n<td>Nominated</td>\n<td><p class=\"citation\">"
				+ "For &lt;everything&gt;</p></td>\n");
	}

	@Test
	void aQuoteIsAFigureWithItsCreditAndPermalinkAndWhereFullItsOriginalAndNote() {
		QuoteView quote = new QuoteView(7L, "/reviews/7", "A \"great\" film & more", new Link("Urs Jenny", "/critics/urs-jenny"),
				"attributed", new Link("Der Spiegel", "/publications/der-spiegel"), "17/1996", "22 April 1996", null,
				"Kein Blues", "de", "Ein <großer> Film", "Quoted in part", Link.plain("Leaving Las Vegas"), List.of());

		assertThat(quote.creditHtml()).isEqualTo("<a href=\"/critics/urs-jenny\">Urs Jenny</a><span class=\"caveat\">"
				+ " (attributed)</span>, <cite><a href=\"/publications/der-spiegel\">Der Spiegel</a></cite> 17/1996:"
				+ " \u201cKein Blues\u201d, 22 April 1996");
		assertThat(quote.html(false)).isEqualTo("\n<figure>\n<blockquote cite=\"/reviews/7\">\n<p>A \"great\" film &amp; more"
				+ "</p>\n</blockquote>\n<figcaption>\u2014 " + quote.creditHtml() + "\n\u00b7 <a href=\"/reviews/7\""
				+ " class=\"permalink\">Permalink<span class=\"visually-hidden\"> to the quote from Der Spiegel</span></a>\n"
				+ "</figcaption>\n</figure>\n");
		assertThat(quote.html(true)).startsWith(quote.html(false).stripTrailing())
			.endsWith("</figure>\n<details class=\"original\">\n<summary>Original text (<span>German</span>)</summary>\n"
					+ "<p lang=\"de\">Ein &lt;großer&gt; Film</p>\n</details>\n<p class=\"note\">Quoted in part</p>\n");
	}

	@Test
	void aQuoteCreditedToItsPublicationAloneHasTheDoubtBesideThePublication() {
		QuoteView quote = new QuoteView(8L, "/reviews/8", "Q", null, "unsigned", Link.plain("Cinema"), null, null,
				"date unknown", null, "de", null, null, Link.plain("Leaving Las Vegas"), List.of());

		assertThat(quote.creditHtml())
			.isEqualTo("<cite><a>Cinema</a></cite><span class=\"caveat\"> (unsigned)</span>, date unknown");
	}

}
