package org.filmref.web;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.standard.processor.StandardTextTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Thymeleaf's standard dialect with {@code th:text} in HTML escaping its text at once, as Thymeleaf does for texts of
 * up to 100 characters. Longer ones (a lead, a plot, a quote) it escapes lazily, as they are written out, through
 * unbescape's character-by-character reader, which writes them to the page one character at a time. The text is
 * copied between the characters it escapes in runs. Quotation marks and apostrophes need no escaping in an element's
 * content, so they are written plainly, as {@link Markup} writes them: {@code O'Brien}, not {@code O&#39;Brien}.
 */
class EagerTextEscaping implements BeanPostProcessor {

	private final boolean enabled;

	/** @param enabled false where {@code filmref.templates.eager-text-escaping=false}: Thymeleaf's own th:text */
	EagerTextEscaping(boolean enabled) {
		this.enabled = enabled;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (enabled && bean instanceof SpringTemplateEngine engine) {
			Set<IDialect> dialects = new LinkedHashSet<>();
			for (IDialect dialect : engine.getDialects()) {
				dialects.add(dialect instanceof SpringStandardDialect standard ? new Standard(standard) : dialect);
			}
			engine.setDialects(dialects);
		}
		return bean;
	}

	/** The Spring standard dialect, configured as the one it replaces, with {@link Text} for HTML's {@code th:text}. */
	static final class Standard extends SpringStandardDialect {

		Standard(SpringStandardDialect replaced) {
			setEnableSpringELCompiler(replaced.getEnableSpringELCompiler());
			setRenderHiddenMarkersBeforeCheckboxes(replaced.getRenderHiddenMarkersBeforeCheckboxes());
		}

		@Override
		public Set<IProcessor> getProcessors(String dialectPrefix) {
			Set<IProcessor> processors = new LinkedHashSet<>();
			for (IProcessor processor : super.getProcessors(dialectPrefix)) {
				boolean htmlText = processor instanceof StandardTextTagProcessor
						&& processor.getTemplateMode() == TemplateMode.HTML;
				processors.add(htmlText ? new Text(dialectPrefix) : processor);
			}
			return processors;
		}

	}

	/** {@code th:text} in HTML: the expression's value escaped as element content ({@link Markup#text(String)}). */
	static final class Text extends AbstractStandardExpressionAttributeTagProcessor {

		Text(String dialectPrefix) {
			super(TemplateMode.HTML, dialectPrefix, StandardTextTagProcessor.ATTR_NAME,
					StandardTextTagProcessor.PRECEDENCE, true, false);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, Object expressionResult, IElementTagStructureHandler structureHandler) {
			structureHandler.setBody(Markup.text(expressionResult == null ? "" : expressionResult.toString()), false);
		}

	}

}
