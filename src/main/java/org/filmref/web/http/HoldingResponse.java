package org.filmref.web.http;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;

/**
 * Buffers a response's body and holds back its caching headers ({@code ETag}, {@code Cache-Control},
 * {@code Last-Modified}) until its status is known: they are released on a 200 or 304 only, so that an error
 * answered after {@link PageValidators} marked the request as a page is never made cacheable.
 *
 * <p>
 * The body is buffered as Spring's {@code ContentCachingResponseWrapper} buffers it (a declared length is held, not
 * sent; an error or a redirect first sends what was written), into one array that the filter reads in place
 * ({@link #content()}).
 */
class HoldingResponse extends HttpServletResponseWrapper {

	private static final List<String> HELD = List.of("etag", "cache-control", "last-modified");

	private static final int FIRST_SIZE = 16 * 1024;

	private final List<String[]> held = new ArrayList<>(3);

	private byte[] body;

	private int size;

	/** A {@code Content-Length} the page declared, held until the body is sent. */
	private Integer contentLength;

	private ServletOutputStream outputStream;

	private PrintWriter writer;

	/** The language the page declared through {@link #setLocale}, which Tomcat writes as a header only when it commits. */
	private String contentLanguage;

	private final boolean utf8Writer;

	HoldingResponse(HttpServletResponse response) {
		this(response, true);
	}

	/**
	 * @param utf8Writer whether a UTF-8 page is encoded into the body as it is written ({@link Utf8Writer}), else by
	 * the JDK's {@code OutputStreamWriter} ({@code filmref.http.utf8-writer}, so that {@code src/bench/pieces.sh}
	 * measures what it buys)
	 */
	HoldingResponse(HttpServletResponse response, boolean utf8Writer) {
		super(response);
		this.utf8Writer = utf8Writer;
		this.body = new byte[FIRST_SIZE];
	}

	@Override
	public void setLocale(Locale locale) {
		super.setLocale(locale);
		this.contentLanguage = locale != null ? locale.toLanguageTag() : null;
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (outputStream == null) {
			ServletOutputStream raw = getResponse().getOutputStream();
			outputStream = new ServletOutputStream() {

				@Override
				public void write(int b) {
					ensureCapacity(size + 1);
					body[size++] = (byte) b;
				}

				@Override
				public void write(byte[] bytes, int offset, int length) {
					ensureCapacity(size + length);
					System.arraycopy(bytes, offset, body, size, length);
					size += length;
				}

				@Override
				public boolean isReady() {
					return raw.isReady();
				}

				@Override
				public void setWriteListener(WriteListener listener) {
					raw.setWriteListener(listener);
				}

			};
		}
		return outputStream;
	}

	/**
	 * A writer that encodes what it is given as UTF-8 straight into the buffered body ({@link Utf8Writer}); pages
	 * are UTF-8 ({@code server.servlet.encoding}), any other encoding (ISO-8859-1 where none is set, as the servlet
	 * specification has it) gets a writer of the JDK's.
	 */
	@Override
	public PrintWriter getWriter() throws IOException {
		if (writer == null) {
			String encoding = getCharacterEncoding();
			writer = utf8Writer && StandardCharsets.UTF_8.name().equalsIgnoreCase(encoding)
					? new Utf8Writer(getOutputStream())
					: new PrintWriter(new OutputStreamWriter(getOutputStream(),
							encoding != null ? encoding : StandardCharsets.ISO_8859_1.name()));
		}
		return writer;
	}

	private void ensureCapacity(int capacity) {
		if (capacity > body.length) {
			body = Arrays.copyOf(body, Math.max(capacity, body.length * 2));
		}
	}

	/** The buffered body: its first {@link #getContentSize()} bytes, in place. */
	byte[] content() {
		flushWriter();
		return body;
	}

	/** How many bytes are buffered. */
	int getContentSize() {
		flushWriter();
		return size;
	}

	private void flushWriter() {
		if (writer != null && !(writer instanceof Utf8Writer)) {
			writer.flush();
		}
	}

	/** Neither sends nor commits: the body is sent with {@link #release}. */
	@Override
	public void flushBuffer() {
	}

	@Override
	public void setBufferSize(int size) {
		ensureCapacity(size);
	}

	@Override
	public void resetBuffer() {
		size = 0;
	}

	@Override
	public void reset() {
		super.reset();
		size = 0;
		contentLength = null;
	}

	@Override
	public void sendError(int status) throws IOException {
		sendBody(false);
		try {
			super.sendError(status);
		}
		catch (IllegalStateException ex) {
			// Possibly on Tomcat when called too late: fall back to silent setStatus
			super.setStatus(status);
		}
	}

	@Override
	public void sendError(int status, String message) throws IOException {
		sendBody(false);
		try {
			super.sendError(status, message);
		}
		catch (IllegalStateException ex) {
			super.setStatus(status);
		}
	}

	@Override
	public void sendRedirect(String location) throws IOException {
		sendBody(false);
		super.sendRedirect(location);
	}

	@Override
	public void setContentLength(int length) {
		ensureCapacity(length);
		contentLength = length;
	}

	@Override
	public void setContentLengthLong(long length) {
		if (length > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("Content-Length exceeds a buffered body's maximum: " + length);
		}
		setContentLength((int) length);
	}

	/** The page's {@code Content-Language}, for a cached copy to send the same; {@code null} where none was set. */
	String contentLanguage() {
		return contentLanguage;
	}

	private static boolean isContentLength(String name) {
		return HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name);
	}

	private static boolean isHeld(String name) {
		return name != null && HELD.contains(name.toLowerCase(Locale.ROOT));
	}

	@Override
	public void setHeader(String name, String value) {
		if (isContentLength(name)) {
			contentLength = value != null ? Math.toIntExact(Long.parseLong(value)) : null;
		}
		else if (isHeld(name)) {
			held.removeIf(header -> header[0].equalsIgnoreCase(name));
			held.add(new String[] { name, value });
		}
		else {
			super.setHeader(name, value);
		}
	}

	@Override
	public void addHeader(String name, String value) {
		if (isContentLength(name)) {
			contentLength = Math.toIntExact(Long.parseLong(value));
		}
		else if (isHeld(name)) {
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
	public void setIntHeader(String name, int value) {
		if (isContentLength(name)) {
			contentLength = value;
		}
		else {
			super.setIntHeader(name, value);
		}
	}

	@Override
	public void addIntHeader(String name, int value) {
		if (isContentLength(name)) {
			contentLength = value;
		}
		else {
			super.addIntHeader(name, value);
		}
	}

	@Override
	public boolean containsHeader(String name) {
		if (isContentLength(name) && contentLength != null) {
			return true;
		}
		return isHeld(name) ? heldValue(name) != null : super.containsHeader(name);
	}

	@Override
	public String getHeader(String name) {
		if (isContentLength(name) && contentLength != null) {
			return contentLength.toString();
		}
		return isHeld(name) ? heldValue(name) : super.getHeader(name);
	}

	@Override
	public Collection<String> getHeaders(String name) {
		if (isContentLength(name) && contentLength != null) {
			return List.of(contentLength.toString());
		}
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

	@Override
	public Collection<String> getHeaderNames() {
		Collection<String> names = super.getHeaderNames();
		if (contentLength == null) {
			return names;
		}
		Set<String> withLength = new LinkedHashSet<>(names);
		withLength.add(HttpHeaders.CONTENT_LENGTH);
		return withLength;
	}

	/** Sends the held headers where the status allows them, then the buffered body. */
	void release() throws IOException {
		releaseHeaders();
		sendBody(true);
	}

	/**
	 * Sends what was written: where {@code complete}, with its length, and flushes; else (before an error or a
	 * redirect) with the length the page declared, if any.
	 */
	private void sendBody(boolean complete) throws IOException {
		int length = getContentSize();
		if (length == 0) {
			return;
		}
		HttpServletResponse raw = (HttpServletResponse) getResponse();
		if (!raw.isCommitted() && (complete || contentLength != null)
				&& raw.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
			raw.setContentLength(complete ? length : contentLength);
		}
		contentLength = null;
		raw.getOutputStream().write(body, 0, length);
		size = 0;
		if (complete) {
			raw.flushBuffer();
		}
	}

	/**
	 * Sends the held headers, then the buffered body gzipped at the given level (where it was neither compressed nor
	 * committed already).
	 */
	void releaseGzipped(int level) throws IOException {
		releaseHeaders();
		HttpServletResponse response = (HttpServletResponse) getResponse();
		byte[] gzipped = Gzip.INSTANCE.compress(content(), size, level);
		size = 0;
		contentLength = null;
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
