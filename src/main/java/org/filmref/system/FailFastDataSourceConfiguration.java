package org.filmref.system;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link FailFastDataSource} around the connection pool that Spring Boot configures. */
@Configuration(proxyBeanMethods = false)
class FailFastDataSourceConfiguration {

	@Bean
	static BeanPostProcessor failFastDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource pool && !(bean instanceof FailFastDataSource))
						? new FailFastDataSource(pool) : bean;
			}
		};
	}

}
