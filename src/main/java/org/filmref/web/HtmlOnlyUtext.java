package org.filmref.web;

import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.standard.processor.StandardUtextTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code th:utext} in HTML templates takes an {@link Html} (or null, for nothing) and refuses anything else: markup
 * written by Java reaches a page only through {@link Html}'s escaping builder, never as a string built by hand. It
 * has the standard dialect's precedence, so that it runs where {@code th:utext} does (after {@code th:each},
 * {@code th:if}, {@code th:with}...), just before the standard {@code th:utext}, which then finds the attribute gone.
 */
class HtmlOnlyUtext extends AbstractProcessorDialect {

	HtmlOnlyUtext() {
		super("Html only in th:utext", StandardDialect.PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new Utext(dialectPrefix));
	}

	static final class Utext extends AbstractStandardExpressionAttributeTagProcessor {

		Utext(String dialectPrefix) {
			super(TemplateMode.HTML, dialectPrefix, StandardUtextTagProcessor.ATTR_NAME,
					StandardUtextTagProcessor.PRECEDENCE - 1, true, false);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, Object expressionResult, IElementTagStructureHandler structureHandler) {
			if (expressionResult != null && !(expressionResult instanceof Html)) {
				throw new TemplateProcessingException("th:utext=\"" + attributeValue + "\" is a "
						+ expressionResult.getClass().getName() + ": th:utext takes " + Html.class.getName()
						+ " only (th:text escapes a string)");
			}
			structureHandler.setBody(expressionResult == null ? "" : expressionResult.toString(), false);
		}

	}

}
