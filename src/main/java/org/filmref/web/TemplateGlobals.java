package org.filmref.web;

import org.filmref.web.http.Assets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Makes {@link Site} ({@code site}) and {@link Assets} ({@code assets}) variables of every Thymeleaf view, error
 * pages included. Variables rather than {@code @bean} references, because Thymeleaf evaluates link expressions in
 * restricted mode, which forbids bean access. Every template is an HTML page, labelled so whatever its address ends
 * in: by default Thymeleaf takes the type from the address's extension, and the error page of a malformed
 * {@code /sitemap-one.xml} went out as {@code application/xml}.
 */
class TemplateGlobals implements BeanPostProcessor {

	private final ObjectProvider<Site> site;

	private final ObjectProvider<Assets> assets;

	TemplateGlobals(ObjectProvider<Site> site, ObjectProvider<Assets> assets) {
		this.site = site;
		this.assets = assets;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof ThymeleafViewResolver resolver) {
			resolver.addStaticVariable("site", site.getObject());
			resolver.addStaticVariable("assets", assets.getObject());
			resolver.setForceContentType(true);
		}
		return bean;
	}

}
