package org.filmref.web;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.hibernate.cfg.AvailableSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Test-only auto-configuration (listed in the test classpath's {@code AutoConfiguration.imports}): every application
 * context the tests start gets a {@link SqlStatements} registered with Hibernate as its statement inspector, and a
 * filter ahead of all others that marks request threads for it.
 */
@AutoConfiguration
@ConditionalOnClass(HibernatePropertiesCustomizer.class)
class SqlStatementsAutoConfiguration {

	@Bean
	SqlStatements sqlStatements(ObjectProvider<CacheManager> caches) {
		return new SqlStatements(caches);
	}

	@Bean
	HibernatePropertiesCustomizer sqlStatementsInspector(SqlStatements sqlStatements) {
		return properties -> properties.put(AvailableSettings.STATEMENT_INSPECTOR, sqlStatements);
	}

	@Bean
	FilterRegistrationBean<Filter> sqlStatementsRequestFilter(SqlStatements sqlStatements) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(sqlStatements.requestFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

}
