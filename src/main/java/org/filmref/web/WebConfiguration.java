package org.filmref.web;

import org.filmref.web.http.Assets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FilmrefProperties.class)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	static TemplateGlobals templateGlobals(ObjectProvider<Site> site, ObjectProvider<Assets> assets) {
		return new TemplateGlobals(site, assets);
	}

	@Bean
	static TemplateCaches templateCaches() {
		return new TemplateCaches();
	}

	@Bean
	static TemplateWhitespace templateWhitespace(Environment environment) {
		return new TemplateWhitespace(
				environment.getProperty("filmref.templates.collapse-whitespace", Boolean.class, true));
	}

	/** Added to the template engine by Spring Boot, as every dialect bean. */
	@Bean
	HtmlOnlyUtext htmlOnlyUtext() {
		return new HtmlOnlyUtext();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PageMetaDefaults()).excludePathPatterns("/error");
	}

}
