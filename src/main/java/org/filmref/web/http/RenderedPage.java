package org.filmref.web.http;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A page as it was sent: its bytes gzipped once, and the headers that describe them. Only the gzipped bytes are
 * kept (a quarter of the page, or less): nearly every client takes gzip, and the rare one that does not gets the
 * page inflated again ({@link #body()}), which costs less than a tenth of rendering it.
 *
 * @param length the length of the page before compression, for {@code Content-Length} without inflating it
 */
record RenderedPage(String contentType, String contentLanguage, String etag, String cacheControl, int length,
		byte[] gzipped) {

	/** Bytes a cache entry costs beyond its gzipped bytes: this record, its array header, its key. */
	static final int OVERHEAD = 192;

	/**
	 * Level 6 (zlib's default) rather than 9: with zlib, on the 59 KB film page, 9 took 1.57 ms against 6's 1.22 ms
	 * for 0.6 % fewer bytes (15,351 against 15,445), and every page rendered after a deployment pays it; level 4 took
	 * 0.67 ms but kept 3.6 % more bytes in the cache and on the wire. With libdeflate ({@link Gzip}) 6 takes 0.49 ms.
	 * Inflating takes 0.09 ms.
	 */
	static final int LEVEL = 6;

	/**
	 * Level 1 for a page rendered for one request and not kept (the cache is off, or the request bypasses it): its
	 * bytes are compressed for that one response, so speed counts more than size. On the 59 KB film page: libdeflate
	 * 0.09 ms for 16,219 bytes (level 6: 0.49 ms, 15,139 bytes); zlib 0.30 ms for 17,507 (level 6: 0.98 ms, 15,180).
	 */
	static final int SENT_ONCE_LEVEL = 1;

	/** A page of the first {@code length} bytes of {@code body}, gzipped at {@link #LEVEL} by {@link Gzip}. */
	static RenderedPage of(String contentType, String contentLanguage, String etag, String cacheControl,
			byte[] body, int length) {
		return new RenderedPage(intern(contentType), intern(contentLanguage), intern(etag), intern(cacheControl),
				length, Gzip.INSTANCE.compress(body, length, LEVEL));
	}

	/** Every page shares a handful of header values: one copy of each instead of one per page. */
	private static String intern(String value) {
		return value == null ? null : value.intern();
	}

	/** What the page costs in memory, for the cache's bound. */
	int weight() {
		return gzipped.length + OVERHEAD;
	}

	/** The page's bytes, inflated from the gzipped ones. */
	byte[] body() {
		// A gzip member from Gzip: a 10-byte header without optional fields, raw deflate, an 8-byte trailer.
		Inflater inflater = new Inflater(true);
		try {
			inflater.setInput(gzipped, 10, gzipped.length - 18);
			byte[] body = new byte[length];
			int read = 0;
			while (read < length && !inflater.finished()) {
				int n = inflater.inflate(body, read, length - read);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					break;
				}
				read += n;
			}
			if (read != length) {
				throw new IllegalStateException("Inflated " + read + " of " + length + " bytes");
			}
			return body;
		}
		catch (DataFormatException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			inflater.end();
		}
	}

}
