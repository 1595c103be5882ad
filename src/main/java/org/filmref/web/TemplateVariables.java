package org.filmref.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.context.EngineContext;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.IWebExchange;

/**
 * Keeps a template's variables in memory, as Thymeleaf does outside the web. In a web request Thymeleaf's standard
 * engine context stores every variable, the model's and each {@code th:each} and {@code th:with} variable at every
 * level, as a request attribute (so that JSPs included by a template could read them), and looks each one up there
 * (in a profile of the uncached film page, the request's attribute map and that bookkeeping were a few per cent of the
 * samples). No template of the site includes a
 * JSP or reads a request attribute, and none uses the web-only {@code param}, {@code session} or {@code application}
 * variables; links ({@code @{...}}) still see the request through {@link IWebContext}.
 */
class TemplateVariables implements BeanPostProcessor, IEngineContextFactory {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringTemplateEngine engine) {
			engine.setEngineContextFactory(this);
		}
		return bean;
	}

	@Override
	public IEngineContext createEngineContext(IEngineConfiguration configuration, TemplateData templateData,
			Map<String, Object> templateResolutionAttributes, IContext context) {
		Map<String, Object> variables = new HashMap<>();
		for (String name : context.getVariableNames()) {
			variables.put(name, context.getVariable(name));
		}
		if (context instanceof IWebContext web) {
			return new InMemoryWebContext(configuration, templateData, templateResolutionAttributes, web.getExchange(),
					context, variables);
		}
		return new EngineContext(configuration, templateData, templateResolutionAttributes, context.getLocale(),
				variables);
	}

	/** An engine context whose variables live in memory, for a template rendered in a web request. */
	static final class InMemoryWebContext extends EngineContext implements IWebContext {

		private final IWebExchange exchange;

		InMemoryWebContext(IEngineConfiguration configuration, TemplateData templateData,
				Map<String, Object> templateResolutionAttributes, IWebExchange exchange, IContext context,
				Map<String, Object> variables) {
			super(configuration, templateData, templateResolutionAttributes, context.getLocale(), variables);
			this.exchange = exchange;
		}

		@Override
		public IWebExchange getExchange() {
			return this.exchange;
		}

	}

}
