package org.filmref.web.http;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.observation.ObservationRegistry;

import org.filmref.web.FilmrefProperties;
import org.filmref.web.SitemapPages;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationConvention;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * HTTP delivery: the content version, validators and cache headers on pages, the rendered-page cache, security
 * headers, and content-hashed static files.
 */
@Configuration(proxyBeanMethods = false)
class HttpConfiguration implements WebMvcConfigurer {

	/** The rendered-page cache's place among the filters: after the security headers, before anything else. */
	private static final int RENDERED_PAGE_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	/** Where content-hashed static files are served; {@link Assets} gives their addresses. */
	static final String ASSETS = "/assets/";

	static final String FAVICON = "/favicon.ico";

	private final ContentVersion version;

	HttpConfiguration(ContentVersion version) {
		this.version = version;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PageValidators(version)).excludePathPatterns("/error");
	}

	/**
	 * Static files under {@code /assets/} are served only by their content-hashed names
	 * ({@code /assets/css/site-0123abcd.css}), so they can be cached for a year and never revalidated; the
	 * stylesheet gzipped at build time ({@code site.css.gz}) to clients that take gzip. Boot's
	 * default handler still serves the plain names ({@code /css/site.css}) with ordinary revalidation. Addresses
	 * are worked out once per file by {@link Assets}, not per link by a URL-encoding filter.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(ASSETS + "**")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.setUseLastModified(false)
			.resourceChain(true)
			.addResolver(new EncodedResourceResolver())
			.addResolver(new HashedOnlyResolver().addContentVersionStrategy("/**"));
		// Browsers ask for /favicon.ico by that name whatever the page links, so it cannot be hashed: a week.
		registry.addResourceHandler(FAVICON)
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
			.setUseLastModified(false);
	}

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		// The type browsers and Lighthouse expect; Tomcat's own mapping says image/vnd.microsoft.icon.
		configurer.mediaType("ico", MediaType.valueOf("image/x-icon"));
	}

	/**
	 * Tomcat copies a response into a socket buffer of 8 KiB by default, so the film page's 15 KiB left in two
	 * writes; with a larger buffer most pages leave in one.
	 */
	@Bean
	TomcatConnectorCustomizer socketWriteBuffer(FilmrefProperties properties) {
		int bytes = properties.http().socketWriteBuffer();
		return (connector) -> connector.setProperty("socket.appWriteBufSize", Integer.toString(bytes));
	}

	/**
	 * No {@code Keep-Alive: timeout=20} header: HTTP/1.1 connections stay open without it (nginx's upstream
	 * connections and browsers alike), and Tomcat builds its value as a string and encodes it with a new character
	 * encoder at every response.
	 */
	@Bean
	TomcatConnectorCustomizer noKeepAliveHeader() {
		return (connector) -> connector.setProperty("useKeepAliveResponseHeader", "false");
	}

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	@Bean
	RenderedPages renderedPages(FilmrefProperties properties) {
		FilmrefProperties.PageCache cache = properties.pageCache();
		return new RenderedPages(version, cache.maxBytes(), cache.queryMaxBytes(), cache.enabled());
	}

	/** Registered with Spring's cache manager: cleared with every cache, and their statistics published. */
	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> renderedPagesCache(RenderedPages pages) {
		return manager -> {
			manager.registerCustomCache(RenderedPages.CACHE_NAME, pages.cache());
			manager.registerCustomCache(RenderedPages.QUERY_CACHE_NAME, pages.queryCache());
		};
	}

	/** The costliest pages rendered before the node is ready; part of the readiness group ({@code pageWarmUp}). */
	@Bean
	PageWarmUp pageWarmUp(FilmrefProperties properties, List<SitemapPages> features,
			PlatformTransactionManager transactions, Environment environment) {
		return new PageWarmUp(properties, features, transactions, environment);
	}

	/** The parameters each page reads, from the controllers' mappings, worked out once on first use. */
	@Bean
	RenderedPageFilter renderedPageFilter(RenderedPages pages, ObjectProvider<RequestMappingInfoHandlerMapping> mappings,
			FilmrefProperties properties) {
		Supplier<PageParameters> parameters = SingletonSupplier
			.of(() -> PageParameters.from(mappings.orderedStream().toList()));
		return new RenderedPageFilter(pages, parameters, properties.pageCache().concurrentRenderings(),
				properties.http().utf8Writer());
	}

	/**
	 * Cache hits served inside Tomcat, before its filter chain (see {@link CachedPageValve}): on the film page, ~12 %
	 * more requests a second with C2-compiled code, ~35 % more with C1's. In the engine's pipeline, a hit also skips
	 * the host's and the application's valves (about 5 % more hits a second than in the application's).
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> cachedPageValve(RenderedPageFilter filter,
			FilmrefProperties properties) {
		return factory -> {
			if (properties.http().cachedPageValve()) {
				factory.addEngineValves(new CachedPageValve(filter));
			}
		};
	}

	@Bean
	FilterRegistrationBean<RenderedPageFilter> renderedPageFilterRegistration(RenderedPageFilter filter) {
		FilterRegistrationBean<RenderedPageFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(RENDERED_PAGE_FILTER_ORDER);
		return registration;
	}

	/**
	 * Spring Boot's {@code http.server.requests} observation, placed after the rendered-page cache instead of before
	 * every filter: it times the requests the application handles, while pages served from the cache are counted by
	 * the cache's own metrics ({@code cache.gets}, hit or miss), as they would be by a cache in front of the
	 * application. Observing each of them cost about a quarter of the CPU of serving a cached page.
	 */
	@Bean
	FilterRegistrationBean<ServerHttpObservationFilter> renderedRequestsObservationFilter(ObservationRegistry registry,
			ObjectProvider<ServerRequestObservationConvention> customConvention, ObservationProperties properties) {
		String name = properties.getHttp().getServer().getRequests().getName();
		ServerRequestObservationConvention convention = customConvention
			.getIfAvailable(() -> new DefaultServerRequestObservationConvention(name));
		FilterRegistrationBean<ServerHttpObservationFilter> registration = new FilterRegistrationBean<>(
				new ServerHttpObservationFilter(registry, convention));
		registration.setOrder(RENDERED_PAGE_FILTER_ORDER + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		return registration;
	}

	/** Answers only content-hashed names, so that no unhashed address is ever cached as immutable. */
	static class HashedOnlyResolver extends VersionResourceResolver {

		@Override
		protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
				List<? extends Resource> locations, ResourceResolverChain chain) {
			Resource resource = super.resolveResourceInternal(request, requestPath, locations, chain);
			return resource instanceof HttpResource ? resource : null;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ContentVersionConfiguration {

		/**
		 * Computed after Flyway has migrated, from what it applied. Without Flyway (a test slice, say) every start
		 * gets a new version, which can never serve stale content.
		 */
		@Bean
		@DependsOnDatabaseInitialization
		ContentVersion contentVersion(ObjectProvider<Flyway> flyway, ObjectProvider<BuildProperties> build) {
			Flyway migrations = flyway.getIfAvailable();
			MigrationInfo[] applied = migrations != null ? migrations.info().applied() : new MigrationInfo[0];
			BuildProperties properties = build.getIfAvailable();
			String buildVersion = properties != null ? properties.getVersion() + "@" + properties.getTime()
					: migrations != null ? null : "start-" + System.nanoTime();
			return ContentVersion.of(applied, buildVersion);
		}

	}

}
