package org.filmref.web;

import org.springframework.stereotype.Component;

/**
 * The site's public address ({@link FilmrefProperties#baseUrl() filmref.base-url}), for what must be absolute: canonical links, Open Graph
 * URLs, JSON-LD ids, the sitemap. Templates reach it as {@code ${site.url(path)}}.
 */
@Component("site")
public class Site {

	public static final String NAME = "filmref";

	private final String baseUrl;

	Site(FilmrefProperties properties) {
		String baseUrl = properties.baseUrl();
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	public String baseUrl() {
		return baseUrl;
	}

	/** The absolute URL of a path on this site; absolute URLs are returned unchanged. */
	public String url(String path) {
		if (path == null) {
			return null;
		}
		if (path.startsWith("http://") || path.startsWith("https://")) {
			return path;
		}
		return baseUrl + (path.startsWith("/") ? path : "/" + path);
	}

}
