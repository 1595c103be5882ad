package org.filmref.web.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Buffers a response's body and holds back its caching headers ({@code ETag}, {@code Cache-Control},
 * {@code Last-Modified}) until its status is known: they are released on a 200 or 304 only, so that an error
 * answered after {@link PageValidators} marked the request as a page is never made cacheable.
 */
class HoldingResponse extends ContentCachingResponseWrapper {

	private static final List<String> HELD = List.of("etag", "cache-control", "last-modified");

	private final List<String[]> held = new ArrayList<>(3);

	private PrintWriter writer;

	/** The language the page declared through {@link #setLocale}, which Tomcat writes as a header only when it commits. */
	private String contentLanguage;

	HoldingResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public void setLocale(Locale locale) {
		super.setLocale(locale);
		this.contentLanguage = locale != null ? locale.toLanguageTag() : null;
	}

	/**
	 * A writer that encodes what it is given as UTF-8 straight into the buffered body ({@link Utf8Writer}); pages
	 * are UTF-8 ({@code server.servlet.encoding}), anything else gets the servlet container's writer.
	 */
	@Override
	public PrintWriter getWriter() throws IOException {
		String encoding = getCharacterEncoding();
		if (encoding == null || !StandardCharsets.UTF_8.name().equalsIgnoreCase(encoding)) {
			return super.getWriter();
		}
		if (writer == null) {
			writer = new Utf8Writer(getOutputStream());
		}
		return writer;
	}

	/** The page's {@code Content-Language}, for a cached copy to send the same; {@code null} where none was set. */
	String contentLanguage() {
		return contentLanguage;
	}

	private static boolean isHeld(String name) {
		return name != null && HELD.contains(name.toLowerCase(Locale.ROOT));
	}

	@Override
	public void setHeader(String name, String value) {
		if (isHeld(name)) {
			held.removeIf(header -> header[0].equalsIgnoreCase(name));
			held.add(new String[] { name, value });
		}
		else {
			super.setHeader(name, value);
		}
	}

	@Override
	public void addHeader(String name, String value) {
		if (isHeld(name)) {
			held.add(new String[] { name, value });
		}
		else {
			super.addHeader(name, value);
		}
	}

	@Override
	public void setDateHeader(String name, long date) {
		if (isHeld(name)) {
			setHeader(name, DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(Instant.ofEpochMilli(date), ZoneOffset.UTC)));
		}
		else {
			super.setDateHeader(name, date);
		}
	}

	@Override
	public void addDateHeader(String name, long date) {
		if (isHeld(name)) {
			addHeader(name, DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(Instant.ofEpochMilli(date), ZoneOffset.UTC)));
		}
		else {
			super.addDateHeader(name, date);
		}
	}

	@Override
	public boolean containsHeader(String name) {
		return isHeld(name) ? heldValue(name) != null : super.containsHeader(name);
	}

	@Override
	public String getHeader(String name) {
		return isHeld(name) ? heldValue(name) : super.getHeader(name);
	}

	@Override
	public Collection<String> getHeaders(String name) {
		if (!isHeld(name)) {
			return super.getHeaders(name);
		}
		return held.stream().filter(header -> header[0].equalsIgnoreCase(name)).map(header -> header[1]).toList();
	}

	String heldValue(String name) {
		for (String[] header : held) {
			if (header[0].equalsIgnoreCase(name)) {
				return header[1];
			}
		}
		return null;
	}

	/** Sends the held headers where the status allows them, then the buffered body. */
	void release() throws IOException {
		releaseHeaders();
		copyBodyToResponse();
	}

	/**
	 * Sends the held headers, then the buffered body gzipped at the given level (where it was neither compressed nor
	 * committed already).
	 */
	void releaseGzipped(int level) throws IOException {
		releaseHeaders();
		HttpServletResponse response = (HttpServletResponse) getResponse();
		byte[] gzipped = RenderedPage.gzip(getContentAsByteArray(), level);
		resetBuffer();
		response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setContentLength(gzipped.length);
		response.getOutputStream().write(gzipped);
	}

	private void releaseHeaders() {
		int status = getStatus();
		if (status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_NOT_MODIFIED) {
			HttpServletResponse response = (HttpServletResponse) getResponse();
			for (String[] header : held) {
				response.addHeader(header[0], header[1]);
			}
		}
	}

}
