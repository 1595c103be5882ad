package org.filmref.web;

import org.filmref.web.http.Assets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Makes {@link Site} ({@code site}) and {@link Assets} ({@code assets}) variables of every Thymeleaf view, error
 * pages included, and every view a {@link TemplateView}. Variables rather than {@code @bean} references, because Thymeleaf evaluates link expressions in
 * restricted mode, which forbids bean access.
 */
class TemplateGlobals implements BeanPostProcessor {

	private final ObjectProvider<Site> site;

	private final ObjectProvider<Assets> assets;

	private final boolean renderAttributes;

	/**
	 * @param renderAttributes false where {@code filmref.templates.render-attributes=false}: views are Thymeleaf's own,
	 * their variables the request's attributes ({@code src/bench/pieces.sh} measures what {@link TemplateView} buys)
	 */
	TemplateGlobals(ObjectProvider<Site> site, ObjectProvider<Assets> assets, boolean renderAttributes) {
		this.site = site;
		this.assets = assets;
		this.renderAttributes = renderAttributes;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof ThymeleafViewResolver resolver) {
			if (renderAttributes) {
				resolver.setViewClass(TemplateView.class);
			}
			resolver.addStaticVariable("site", site.getObject());
			resolver.addStaticVariable("assets", assets.getObject());
		}
		return bean;
	}

}
