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
	void footnoteMarksLinkToTheirReferences() {
		Footnote first = new Footnote();
		first.numbered(3, "cite-3-a", "ref-3");
		Footnote second = new Footnote();
		second.numbered(7, "cite-7-b", "ref-7");

		assertThat(Footnote.marks(List.of(first, second))).hasToString(
				"<sup id=\"cite-3-a\"><a href=\"#ref-3\">[3]</a></sup><sup id=\"cite-7-b\"><a href=\"#ref-7\">[7]</a></sup>");
		assertThat(Footnote.marks(List.of()).isEmpty()).isTrue();
	}

}
