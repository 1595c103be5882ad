package org.filmref.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The site's repositories, without the transaction Spring Data gives each call by default: the site only reads, and
 * a page's reads run in the scope of its page service's {@code @Transactional}, which says whether they need a
 * database transaction at all.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "org.filmref", enableDefaultTransactions = false)
class RepositoryConfiguration {

}
