package org.filmref.web;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.unbescape.html.HtmlEscape;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code th:text} escaped at once writes what Thymeleaf's own, lazy for long texts, wrote. */
class EagerTextEscapingTests {

	private static final String TEMPLATE = "<main>\n  <p th:text=\"${text}\">Text</p>\n  <p th:text=\"${none}\">Text</p>\n"
			+ "  <p class=\"lead\" th:text=\"'Lead: ' + ${text}\"></p>\n</main>";

	@Test
	void longAndShortTextsAreEscapedAsThymeleafEscapesThem() {
		SpringTemplateEngine standard = engine();
		SpringTemplateEngine eager = (SpringTemplateEngine) new EagerTextEscaping()
			.postProcessBeforeInitialization(engine(), "templateEngine");
		for (String text : new String[] { "Leaving Las Vegas", "Tom & Jerry <3 \"Ben-Hur\" O'Brien",
				"  A lead of more than a hundred characters: John O'Brien's novel, \"Leaving Las Vegas\" & <the film>, "
						+ "with whitespace\n at its ends  " }) {
			Context context = new Context();
			context.setVariables(Map.of("text", text));
			assertThat(eager.process(TEMPLATE, context)).as(text).isEqualTo(standard.process(TEMPLATE, context));
		}
	}

	@Test
	void escapingIsUnbescapesHtml4XmlEscaping() {
		for (String text : new String[] { "", "plain", "&", "<a href=\"x\">O'Brien & co</a>", "'\"<>&&", "Liebe bis in den Tod – “1995”",
				"tail &" }) {
			assertThat(EagerTextEscaping.Text.escape(text)).as(text).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
		}
		String plain = "Leaving Las Vegas";
		assertThat(EagerTextEscaping.Text.escape(plain)).isSameAs(plain);
	}

	@Test
	void theReplacedDialectKeepsItsSettingsAndTheOtherDialects() {
		SpringTemplateEngine engine = engine();
		engine.setEnableSpringELCompiler(true);
		new EagerTextEscaping().postProcessBeforeInitialization(engine, "templateEngine");
		assertThat(engine.getDialects()).hasSize(3).anySatisfy(dialect -> {
			assertThat(dialect).isInstanceOf(EagerTextEscaping.Standard.class);
			assertThat(((SpringStandardDialect) dialect).getEnableSpringELCompiler()).isTrue();
		}).anySatisfy(dialect -> assertThat(dialect).isInstanceOf(MarkupDialect.class));
	}

	private static SpringTemplateEngine engine() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		engine.setAdditionalDialects(Set.of(new MarkupDialect(), new WhitespaceCollapsingDialect()));
		return engine;
	}

}
