package org.filmref.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markup written by view models: escaped as the site's {@code th:text} escapes text, and output by {@code th:utext} as
 * it is, the same as the fragments it replaced.
 */
class MarkupTests {

	@Test
	void textEscapesMarkupButWritesQuotationMarksPlainly() {
		assertThat(Markup.text("Tom & Jerry <3 \"Ben-Hur\" O'Brien")).isEqualTo("Tom &amp; Jerry &lt;3 \"Ben-Hur\" O'Brien");
		assertThat(Markup.text("Leaving Las Vegas")).isEqualTo("Leaving Las Vegas");
	}

	@Test
	void linksEscapeTheAddressForADoubleQuotedAttribute() {
		assertThat(new Link("Tom & Jerry", "/films/tom-&-\"jerry\"").html().toString())
			.isEqualTo("<a href=\"/films/tom-&amp;-&#34;jerry&#34;\">Tom &amp; Jerry</a>");
		assertThat(Link.plain("Warner Bros.").html()).hasToString("Warner Bros.");
		assertThat(Link.joined(java.util.List.of(new Link("A", "/a"), Link.plain("B"), new Link("C", "/c"))))
			.hasToString("<a href=\"/a\">A</a>, B, <a href=\"/c\">C</a>");
	}

	@Test
	void thUtextWritesTheMarkupAsItIsWhereThTextWouldNot() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		Context context = new Context();
		context.setVariables(Map.of("link", new Link("Tom & \"Jerry\"", "/people/tom")));

		String html = engine.process("<p>\n<th:block th:utext=\"${link.html()}\">Name</th:block>\n</p>", context);

		assertThat(html).isEqualTo("<p>\n<a href=\"/people/tom\">Tom &amp; \"Jerry\"</a>\n</p>");
		assertThat(engine.process("<p th:text=\"${link.html()}\"></p>", context)).startsWith("<p>&lt;a href=");
	}

}
