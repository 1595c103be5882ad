package org.filmref.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * {@code /sitemap.xml}, every page of the site as the features list them ({@link SitemapPages}), and
 * {@code /robots.txt}. Both are built when asked and then served from the rendered-page cache like any page.
 *
 * <p>
 * A page is listed only where a controller serves its address, so the sitemap never lists a page the site cannot
 * show.
 */
@Controller
class SitemapController {

	private final List<SitemapPages> features;

	private final RequestMappingHandlerMapping handlers;

	private final Site site;

	SitemapController(List<SitemapPages> features,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers, Site site) {
		this.features = features;
		this.handlers = handlers;
		this.site = site;
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		return ResponseEntity.ok("User-agent: *\nAllow: /\n\nSitemap: " + site.url("/sitemap.xml") + "\n");
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@Transactional(readOnly = true)
	ResponseEntity<String> sitemap() {
		StringBuilder xml = new StringBuilder(8192)
			.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (String path : paths()) {
			xml.append("  <url><loc>").append(escape(site.url(path))).append("</loc></url>\n");
		}
		return ResponseEntity.ok(xml.append("</urlset>\n").toString());
	}

	/** Every page's path, feature by feature. */
	List<String> paths() {
		Predicate<String> served = served();
		Set<String> paths = new LinkedHashSet<>();
		for (SitemapPages feature : features) {
			feature.sitemapPaths().stream().filter(path -> path != null && served.test(path)).forEach(paths::add);
		}
		return List.copyOf(paths);
	}

	/** Whether a controller serves the path. */
	private Predicate<String> served() {
		List<PathPattern> patterns = handlers.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap(info -> info.getPatternValues().stream())
			.map(PathPatternParser.defaultInstance::parse)
			.toList();
		return path -> patterns.stream().anyMatch(pattern -> pattern.matches(PathContainer.parsePath(path)));
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
