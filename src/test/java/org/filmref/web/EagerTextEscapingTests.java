package org.filmref.web;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.unbescape.html.HtmlEscape;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code th:text} escaped at once writes what Thymeleaf's own, lazy for long texts, wrote, with quotation marks and
 * apostrophes plainly.
 */
class EagerTextEscapingTests {

	private static final String TEMPLATE = "<main>\n  <p th:text=\"${text}\">Text</p>\n  <p th:text=\"${none}\">Text</p>\n"
			+ "  <p class=\"lead\" th:text=\"'Lead: ' + ${text}\"></p>\n</main>";

	@Test
	void longAndShortTextsAreEscapedAsThymeleafEscapesThem() {
		SpringTemplateEngine standard = engine();
		SpringTemplateEngine eager = (SpringTemplateEngine) new EagerTextEscaping(true)
			.postProcessBeforeInitialization(engine(), "templateEngine");
		for (String text : new String[] { "Leaving Las Vegas", "Tom & Jerry <3 \"Ben-Hur\" O'Brien",
				"  A lead of more than a hundred characters: John O'Brien's novel, \"Leaving Las Vegas\" & <the film>, "
						+ "with whitespace\n at its ends  " }) {
			Context context = new Context();
			context.setVariables(Map.of("text", text));
			assertThat(eager.process(TEMPLATE, context)).as(text)
				.isEqualTo(plainQuotes(standard.process(TEMPLATE, context)))
				.doesNotContain("&quot;", "&#39;");
		}
	}

	@Test
	void escapingIsUnbescapesHtml4XmlEscapingWithQuotationMarksPlainly() {
		for (String text : new String[] { "", "plain", "&", "<a href=\"x\">O'Brien & co</a>", "'\"<>&&", "Liebe bis in den Tod – “1995”",
				"tail &" }) {
			assertThat(Markup.text(text)).as(text).isEqualTo(plainQuotes(HtmlEscape.escapeHtml4Xml(text)));
		}
		String plain = "Leaving Las Vegas “1995”";
		assertThat(Markup.text(plain)).isSameAs(plain);
	}

	@Test
	void theReplacedDialectKeepsItsSettingsAndTheOtherDialects() {
		SpringTemplateEngine engine = engine();
		engine.setEnableSpringELCompiler(true);
		new EagerTextEscaping(true).postProcessBeforeInitialization(engine, "templateEngine");
		assertThat(engine.getDialects()).hasSize(2).anySatisfy(dialect -> {
			assertThat(dialect).isInstanceOf(EagerTextEscaping.Standard.class);
			assertThat(((SpringStandardDialect) dialect).getEnableSpringELCompiler()).isTrue();
		}).anySatisfy(dialect -> assertThat(dialect).isInstanceOf(OtherDialect.class));
	}

	private static SpringTemplateEngine engine() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		engine.setAdditionalDialects(Set.of(new OtherDialect()));
		return engine;
	}

	private static String plainQuotes(String html) {
		return html.replace("&quot;", "\"").replace("&#39;", "'");
	}

	/** A dialect that the replacement of the standard dialect must keep. */
	static final class OtherDialect extends AbstractDialect {

		OtherDialect() {
			super("other");
		}

	}

}
