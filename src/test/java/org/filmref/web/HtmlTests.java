package org.filmref.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** {@link Html}: text and attribute values go in escaped, elements and attributes by checked names only. */
class HtmlTests {

	@Test
	void textIsEscapedAsElementContent() {
		assertThat(Html.text("Tom & Jerry <3 \"O'Brien\"")).hasToString("Tom &amp; Jerry &lt;3 \"O'Brien\"");
		assertThat(Html.text(null)).isSameAs(Html.EMPTY);
	}

	@Test
	void aDashIsHiddenFromScreenReadersWhichReadTheWordsInstead() {
		assertThat(Html.dash("not <nominated>")).hasToString(
				"<span aria-hidden=\"true\">\u2014</span><span class=\"visually-hidden\">not &lt;nominated&gt;</span>");
	}

	@Test
	void linksAndAttributesAreEscapedForADoubleQuotedAttribute() {
		assertThat(Html.linkOrText("/search?q=\"a\"&b=<c>", "A & B")).hasToString(
				"<a href=\"/search?q=&#34;a&#34;&amp;b=&lt;c&gt;\">A &amp; B</a>");
		assertThat(Html.linkOrText(null, "<none>")).hasToString("&lt;none&gt;");
		assertThat(Html.builder().start("span", "class", "note", "lang", null).text("x").end("span").build())
			.hasToString("<span class=\"note\">x</span>");
	}

	@Test
	void elementsAndAttributesAreWrittenByCheckedNamesOnly() {
		Html.Builder html = Html.builder();
		assertThatIllegalArgumentException().isThrownBy(() -> html.start("script"));
		assertThatIllegalArgumentException().isThrownBy(() -> html.start("b onclick=alert(1)"));
		assertThatIllegalArgumentException().isThrownBy(() -> html.start("a", "onclick", "alert(1)"));
		assertThatIllegalArgumentException().isThrownBy(() -> html.end("b><script"));
		assertThatIllegalArgumentException().isThrownBy(() -> Html.scriptData("{\"a\": \"</script>\"}"));
	}

	@Test
	void linksAreJoinedByCommas() {
		assertThat(Link.joined(java.util.List.of(new Link("Der Spiegel", "/publications/der-spiegel"),
				Link.plain("Die Zeit & Co")))).hasToString(
						"<a href=\"/publications/der-spiegel\">Der Spiegel</a>, Die Zeit &amp; Co");
	}

}
