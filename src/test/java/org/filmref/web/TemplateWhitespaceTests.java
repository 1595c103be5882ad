package org.filmref.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Templates are read with their indentation collapsed; what the browser renders stays the same. */
class TemplateWhitespaceTests {

	@Test
	void indentationBetweenTagsAndAroundTextBecomesOneLineBreak() {
		assertThat(TemplateWhitespace.collapse("<ul>\n    <li>One</li>\n\n    <li>\n      Two  words\n    </li>\n  </ul>\n"))
			.isEqualTo("<ul>\n<li>One</li>\n<li>\nTwo words\n</li>\n</ul>\n");
		assertThat(TemplateWhitespace.collapse("<p>a <b>bold</b> word\t</p>")).isEqualTo("<p>a <b>bold</b> word\t</p>");
	}

	@Test
	void attributesAreSeparatedByOneSpaceAndTheirValuesKept() {
		assertThat(TemplateWhitespace.collapse("<a  href=\"/a   b\"\n     th:if=\"${x > 1 and  y}\"\n   class='c  d'>A</a>"))
			.isEqualTo("<a href=\"/a   b\" th:if=\"${x > 1 and  y}\" class='c  d'>A</a>");
		assertThat(TemplateWhitespace.collapse("<br\n  /> <img src=\"x\"   alt=\"\">"))
			.isEqualTo("<br /> <img src=\"x\" alt=\"\">");
	}

	@Test
	void preformattedTextScriptsStylesAndCommentsAreKept() {
		String pre = "<pre>  two\n    lines  </pre>";
		String textarea = "<textarea name=\"t\">\n  kept\n</textarea>";
		String script = "<script type=\"application/ld+json\">{\n  \"a\":  1\n}</script>";
		String style = "<style>\n  p {  color: red }\n</style>";
		String comment = "<!--/*  A comment\n     on two lines */-->";
		for (String kept : new String[] { pre, textarea, script, style, comment }) {
			assertThat(TemplateWhitespace.collapse("<div>\n  " + kept + "\n</div>")).isEqualTo("<div>\n" + kept + "\n</div>");
		}
		assertThat(TemplateWhitespace.collapse("<PRE>\n  x\n</PRE>\n  <p>")).isEqualTo("<PRE>\n  x\n</PRE>\n<p>");
	}

	@Test
	void theDoctypeAndTextThatOnlyLooksLikeATagAreText() {
		assertThat(TemplateWhitespace.collapse("<!DOCTYPE html>\n\n<html>  a < b  and 1 <2\n</html>"))
			.isEqualTo("<!DOCTYPE html>\n<html> a < b and 1 <2\n</html>");
	}

	@Test
	void anEngineReadsHtmlTemplatesCollapsedAndOthersAsTheyAre() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		StringTemplateResolver resolver = new StringTemplateResolver();
		engine.setTemplateResolver(resolver);
		new TemplateWhitespace(true).postProcessBeforeInitialization(engine, "templateEngine");
		Context context = new Context();
		context.setVariables(Map.of("title", "Leaving  Las Vegas"));

		assertThat(engine.process("<main>\n    <h1\n      th:text=\"${title}\">Title</h1>\n  </main>", context))
			.isEqualTo("<main>\n<h1>Leaving  Las Vegas</h1>\n</main>");

		resolver.setTemplateMode(TemplateMode.TEXT);
		assertThat(engine.process("Title:\n    [(${title})]", context)).isEqualTo("Title:\n    Leaving  Las Vegas");
	}

}
