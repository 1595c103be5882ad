package org.filmref.web.http;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request with only the query parameters its page reads ({@link PageParameters}): what a page rendered for
 * {@code /films/x?utm_source=y} sees is exactly {@code /films/x}, so its bytes are those of {@code /films/x}.
 */
class CanonicalRequest extends HttpServletRequestWrapper {

	private final String query;

	private final Map<String, String[]> parameters;

	CanonicalRequest(HttpServletRequest request, PageParameters.Canonical canonical) {
		super(request);
		this.query = canonical.query();
		this.parameters = Collections.unmodifiableMap(canonical.parameters());
	}

	@Override
	public String getQueryString() {
		return query;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return parameters;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(parameters.keySet());
	}

	@Override
	public String[] getParameterValues(String name) {
		String[] values = parameters.get(name);
		return values == null ? null : values.clone();
	}

	@Override
	public String getParameter(String name) {
		String[] values = parameters.get(name);
		return values == null || values.length == 0 ? null : values[0];
	}

}
