package org.filmref.web.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.FastHttpDateFormat;
import org.apache.tomcat.util.http.MimeHeaders;

import org.springframework.http.HttpHeaders;

/**
 * Serves rendered-page cache hits inside Tomcat, first in its engine's pipeline (before the host's and the
 * application's valves, its error report and its filter chain): the same lookup as
 * {@link RenderedPageFilter}, the same status, headers and bytes, written with Tomcat's own response so that the
 * header names and values go out as bytes instead of through a character encoder for each of them. Everything else
 * (a miss, a client that does not take gzip, a request with a cookie, an {@code Authorization} header or a
 * session id, any method but GET and HEAD) goes on to the filter chain,
 * where {@link RenderedPageFilter} answers it.
 */
final class CachedPageValve extends ValveBase {

	private final RenderedPageFilter filter;

	/** The headers every response carries ({@link SecurityHeadersFilter}). */
	private static final List<Header> SECURITY_HEADERS = SecurityHeadersFilter.HEADERS.entrySet()
		.stream()
		.map(header -> new Header(bytes(header.getKey()), bytes(header.getValue())))
		.toList();

	CachedPageValve(RenderedPageFilter filter) {
		super(true);
		this.filter = filter;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		RenderedPage page = filter.servedGzipped(request);
		if (page == null) {
			getNext().invoke(request, response);
			return;
		}
		org.apache.coyote.Response coyote = response.getCoyoteResponse();
		MimeHeaders headers = coyote.getMimeHeaders();
		for (Header header : SECURITY_HEADERS) {
			add(headers, header.name(), header.value());
		}
		boolean notModified = RenderedPageFilter.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag());
		coyote.setStatus(notModified ? HttpServletResponse.SC_NOT_MODIFIED : HttpServletResponse.SC_OK);
		RenderedPageFilter.headers(page, notModified, true, (name, value) -> add(headers, bytes(name), bytes(value)));
		add(headers, DATE, bytes(FastHttpDateFormat.getCurrentDate()));
		if (notModified) {
			return;
		}
		coyote.setContentLength(page.gzipped().length);
		if ("GET".equals(request.getMethod())) {
			response.getOutputStream().write(page.gzipped());
		}
	}

	private static void add(MimeHeaders headers, byte[] name, byte[] value) {
		headers.addValue(name, 0, name.length).setBytes(value, 0, value.length);
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.ISO_8859_1);
	}

	/** A header's name and value, as they go on the wire. */
	private record Header(byte[] name, byte[] value) {
	}

	/** Added where Tomcat would add it, which it does with a character encoder when the response has none. */
	private static final byte[] DATE = bytes(HttpHeaders.DATE);

}
