package org.filmref.web;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Page view models are cached (Caffeine, see {@code spring.cache.*}): content changes only with a deployment.
 * Kept out of the application class so that test slices without a cache manager still start.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

}
