package org.filmref.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The site's repositories, without the transaction Spring Data gives each call by default: the site only reads, and
 * a page's reads run in the scope of its page service's {@code @Transactional}, which says whether they need a
 * database transaction at all.
 *
 * <p>
 * A person's and a film's page, the most numerous, read without one ({@code propagation = SUPPORTS}): their few
 * statements then cost PostgreSQL no {@code BEGIN} and no {@code COMMIT} round trip. The content changes only with a
 * deployment's migrations, so the statements need no common snapshot; the entity manager still spans the page
 * service's method, so the persistence context and lazy loading work as in a transaction.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "org.filmref", enableDefaultTransactions = false)
class RepositoryConfiguration {

}
