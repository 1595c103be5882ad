package org.filmref.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code fr:html="${…}"}: an element's content is markup that a view model wrote (see {@link Markup}), output as it is.
 * {@code th:utext} would do the same, but because the site has a post-processor ({@link WhitespaceCollapsingDialect})
 * Thymeleaf parses every {@code th:utext} value into markup events first, so that the post-processor sees its
 * elements; on the film page that parsing cost a quarter of the render. Markup from {@link Markup} needs none of it:
 * it has no indentation to collapse and writes quotation marks as the post-processor would leave them, so it passes
 * the post-processor as one text.
 */
@Component
class MarkupDialect extends AbstractProcessorDialect {

	MarkupDialect() {
		super("filmref-markup", "fr", 1000);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new HtmlProcessor(dialectPrefix));
	}

	static final class HtmlProcessor extends AbstractStandardExpressionAttributeTagProcessor {

		/** th:utext's precedence: like it, this replaces the element's content. */
		private static final int PRECEDENCE = 1400;

		HtmlProcessor(String dialectPrefix) {
			super(TemplateMode.HTML, dialectPrefix, "html", PRECEDENCE, true, false);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, Object expressionResult, IElementTagStructureHandler structureHandler) {
			structureHandler.setBody(expressionResult == null ? "" : expressionResult.toString(), false);
		}

	}

}
