package org.filmref.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Sizes Thymeleaf's caches for every template of the site. Its expression cache holds 500 parsed expressions by
 * default (each {@code ${...}} is an entry, and its parsed, and with the SpEL compiler compiled, SpEL expression
 * another) and evicts first in, first out: the templates of this site hold more, so rendering them in turn
 * re-parsed and re-compiled expressions on every page. Parsed expressions take a few hundred bytes each.
 */
class TemplateCaches implements BeanPostProcessor {

	static final int EXPRESSIONS = 4000;

	static final int TEMPLATES = 500;

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringTemplateEngine engine) {
			StandardCacheManager caches = new StandardCacheManager();
			caches.setExpressionCacheMaxSize(EXPRESSIONS);
			caches.setExpressionCacheInitialSize(EXPRESSIONS / 4);
			caches.setTemplateCacheMaxSize(TEMPLATES);
			engine.setCacheManager(caches);
		}
		return bean;
	}

}
