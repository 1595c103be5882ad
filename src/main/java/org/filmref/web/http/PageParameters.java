package org.filmref.web.http;

import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.server.PathContainer;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The query parameters each page reads, as its controller declares them: the names of its {@code @RequestParam}
 * arguments and of its mapping's {@code params} condition ({@code /search} reads {@code q}; a paged index that takes
 * {@code @RequestParam int page} reads {@code page}). Nothing is listed here: a new page that reads a parameter
 * declares it on its controller method and is cached by it.
 *
 * <p>
 * Every other parameter ({@code utm_source}, {@code fbclid}, {@code gclid}, junk) changes nothing on a page, so
 * {@link #canonical} leaves it out of the rendered-page cache's key and out of the request the controller sees: the
 * page is served from the cache as if it had not been there, and a page rendered for such a request has the very
 * same bytes. A controller method that reads parameters some other way (from the {@code HttpServletRequest}) would
 * not see them; a {@code @RequestParam Map} or a {@code @ModelAttribute} reads all of them.
 */
final class PageParameters {

	/** No page reads any parameter. */
	static final PageParameters NONE = new PageParameters(List.of());

	/** Where a page reads every parameter. */
	private static final Set<String> ALL = Collections.unmodifiableSet(new TreeSet<>(Set.of("*")));

	private final List<Reader> readers;

	private PageParameters(List<Reader> readers) {
		this.readers = readers;
	}

	/** From address patterns to the parameters read there ({@code "*"} for all of them); for tests. */
	static PageParameters of(Map<String, Set<String>> byPattern) {
		List<Reader> readers = new ArrayList<>();
		byPattern.forEach((pattern, names) -> readers.add(new Reader(PathPatternParser.defaultInstance.parse(pattern),
				names.contains("*") ? ALL : Set.copyOf(names))));
		return new PageParameters(List.copyOf(readers));
	}

	/** What the controller methods answering GET in these handler mappings read. */
	static PageParameters from(Collection<? extends RequestMappingInfoHandlerMapping> mappings) {
		Map<String, Set<String>> byPattern = new LinkedHashMap<>();
		for (RequestMappingInfoHandlerMapping mapping : mappings) {
			mapping.getHandlerMethods().forEach((info, method) -> {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
					return;
				}
				Set<String> names = read(info, method);
				if (!names.isEmpty()) {
					for (String pattern : info.getPatternValues()) {
						byPattern.merge(pattern, names, PageParameters::union);
					}
				}
			});
		}
		return byPattern.isEmpty() ? NONE : of(byPattern);
	}

	private static Set<String> read(RequestMappingInfo info, HandlerMethod handler) {
		Set<String> names = new TreeSet<>();
		for (NameValueExpression<String> expression : info.getParamsCondition().getExpressions()) {
			names.add(expression.getName());
		}
		Method method = handler.getMethod();
		for (int i = 0; i < method.getParameterCount(); i++) {
			MethodParameter parameter = new MethodParameter(method, i);
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (parameter.hasParameterAnnotation(ModelAttribute.class)
					|| requestParam != null && Map.class.isAssignableFrom(parameter.getParameterType())
							&& !StringUtils.hasText(requestParam.name())) {
				return ALL;
			}
			if (requestParam != null) {
				String name = requestParam.name();
				if (!StringUtils.hasText(name)) {
					parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
					name = parameter.getParameterName();
				}
				if (name != null) {
					names.add(name);
				}
			}
		}
		return names;
	}

	private static Set<String> union(Set<String> one, Set<String> other) {
		if (one == ALL || other == ALL) {
			return ALL;
		}
		Set<String> union = new TreeSet<>(one);
		union.addAll(other);
		return union;
	}

	/** The parameters read at a path: the union over every pattern that matches it. */
	Set<String> readAt(String path) {
		if (readers.isEmpty()) {
			return Set.of();
		}
		PathContainer container = null;
		Set<String> names = Set.of();
		for (Reader reader : readers) {
			if (container == null) {
				container = PathContainer.parsePath(path);
			}
			if (reader.pattern().matches(container)) {
				names = names.isEmpty() ? reader.names() : union(names, reader.names());
			}
		}
		return names;
	}

	/**
	 * The request as its page sees it: its query reduced to the parameters the page reads, in one spelling (sorted by
	 * name, form-encoded), so that the same page has one cache key however the address was written.
	 */
	Canonical canonical(HttpServletRequest request, String path) {
		if (request.getQueryString() == null && request.getParameterMap().isEmpty()) {
			return new Canonical(null, false, null);
		}
		Map<String, String[]> given = request.getParameterMap();
		Set<String> read = readAt(path);
		Map<String, String[]> kept = new TreeMap<>();
		for (Map.Entry<String, String[]> parameter : given.entrySet()) {
			if (read == ALL || read.contains(parameter.getKey())) {
				kept.put(parameter.getKey(), parameter.getValue());
			}
		}
		String query = null;
		if (!kept.isEmpty()) {
			StringBuilder spelled = new StringBuilder();
			kept.forEach((name, values) -> {
				for (String value : values) {
					spelled.append(spelled.isEmpty() ? "" : "&")
						.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
						.append('=')
						.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				}
			});
			query = spelled.toString();
		}
		return new Canonical(query, kept.size() < given.size(), kept);
	}

	/**
	 * A request's parameters as its page reads them.
	 * @param query the canonical query string, {@code null} without parameters
	 * @param dropped whether the request carried parameters its page does not read
	 * @param parameters the parameters kept, by name
	 */
	record Canonical(String query, boolean dropped, Map<String, String[]> parameters) {
	}

	private record Reader(PathPattern pattern, Set<String> names) {
	}

}
