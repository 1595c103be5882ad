package org.filmref.reference;

import java.util.List;

import org.filmref.web.Link;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The markup the view models write for citations and footnote marks: what the template
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
