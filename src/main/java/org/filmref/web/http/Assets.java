package org.filmref.web.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Content-hashed addresses of static files, for templates (a variable of every view): {@code th:href="${assets.url('/css/site.css')}"}.
 * Each address is resolved once (hashing the file) and then remembered, so a page pays nothing per link; Spring's
 * {@code ResourceUrlEncodingFilter}, which resolves every {@code @{...}} link on every render, is not used, nor is a
 * link expression ({@code @{...}}), which builds each address again and passes it through the response's
 * {@code encodeURL} on every render: the site is served from the root and keeps no sessions.
 */
@Component("assets")
public class Assets {

	private final ResourceUrlProvider urls;

	private final Map<String, String> resolved = new ConcurrentHashMap<>();

	Assets(ResourceUrlProvider urls) {
		this.urls = urls;
	}

	/**
	 * @param path a file's path under {@code static/}, such as {@code /css/site.css}
	 * @return its hashed address under {@code /assets/}, or the plain path where the file does not exist
	 */
	public String url(String path) {
		return resolved.computeIfAbsent(path, plain -> {
			String hashed = urls.getForLookupPath(HttpConfiguration.ASSETS + plain.substring(1));
			return hashed != null ? hashed : plain;
		});
	}

}
