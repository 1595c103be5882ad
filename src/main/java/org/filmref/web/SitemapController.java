package org.filmref.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

	/** The most addresses one sitemap file may hold (the sitemaps protocol's limit); beyond, a sitemap index. */
	static final int MAX_URLS = 50_000;

	private static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

	private final List<SitemapPages> features;

	private final RequestMappingHandlerMapping handlers;

	private final Site site;

	private final int maxUrls;

	@Autowired
	SitemapController(List<SitemapPages> features,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers, Site site) {
		this(features, handlers, site, MAX_URLS);
	}

	/** With another limit per file, for tests of the split. */
	SitemapController(List<SitemapPages> features, RequestMappingHandlerMapping handlers, Site site, int maxUrls) {
		this.features = features;
		this.handlers = handlers;
		this.site = site;
		this.maxUrls = maxUrls;
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body("User-agent: *\nAllow: /\n\nSitemap: " + site.url("/sitemap.xml") + "\n");
	}

	/**
	 * Every page; or, once they are more than one file may hold, a sitemap index of {@code /sitemap-1.xml},
	 * {@code /sitemap-2.xml}, … each with up to {@link #MAX_URLS} of them.
	 */
	@GetMapping("/sitemap.xml")
	@Transactional(readOnly = true)
	ResponseEntity<String> sitemap() {
		List<String> paths = paths();
		if (paths.size() <= maxUrls) {
			return xml(urlset(paths));
		}
		StringBuilder xml = new StringBuilder(1024).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (int part = 1; part <= parts(paths); part++) {
			xml.append("  <sitemap><loc>").append(escape(site.url(partPath(part)))).append("</loc></sitemap>\n");
		}
		return xml(xml.append("</sitemapindex>\n").toString());
	}

	/** One file of a split sitemap; 404 when the sitemap is one file or has no such part. */
	@GetMapping("/sitemap-{part}.xml")
	@Transactional(readOnly = true)
	ResponseEntity<String> sitemapPart(@PathVariable int part) {
		List<String> paths = paths();
		if (paths.size() <= maxUrls || part < 1 || part > parts(paths)) {
			throw new NotFoundException("sitemap part", part);
		}
		return xml(urlset(paths.subList((part - 1) * maxUrls, Math.min(paths.size(), part * maxUrls))));
	}

	/**
	 * The type is set on the answer, not declared with {@code produces}: a mapping's {@code produces} also labels the
	 * error page of a missing or malformed part, which is HTML.
	 */
	private static ResponseEntity<String> xml(String body) {
		return ResponseEntity.ok().contentType(XML).body(body);
	}

	static String partPath(int part) {
		return "/sitemap-" + part + ".xml";
	}

	private int parts(List<String> paths) {
		return (paths.size() + maxUrls - 1) / maxUrls;
	}

	private String urlset(List<String> paths) {
		StringBuilder xml = new StringBuilder(8192).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (String path : paths) {
			xml.append("  <url><loc>").append(escape(site.url(path))).append("</loc></url>\n");
		}
		return xml.append("</urlset>\n").toString();
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

	/** Whether a controller serves the address's path (its query, as in {@code /films?letter=b}, aside). */
	private Predicate<String> served() {
		List<PathPattern> patterns = handlers.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap(info -> info.getPatternValues().stream())
			.map(PathPatternParser.defaultInstance::parse)
			.toList();
		return address -> {
			int query = address.indexOf('?');
			PathContainer path = PathContainer.parsePath(query < 0 ? address : address.substring(0, query));
			return patterns.stream().anyMatch(pattern -> pattern.matches(path));
		};
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
