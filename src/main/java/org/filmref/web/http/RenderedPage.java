package org.filmref.web.http;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
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
	 * Deflater level 6 (zlib's default) rather than 9: measured on the 59 KB film page, 9 took 1.57 ms against 6's
	 * 1.22 ms for 0.6 % fewer bytes (15,351 against 15,445), and every page rendered after a deployment pays it;
	 * level 4 takes 0.67 ms but keeps 3.6 % more bytes in the cache and on the wire. Inflating takes 0.09 ms.
	 */
	static final int LEVEL = 6;

	/**
	 * Deflater level 1 for a page rendered for one request and not kept (the cache is off, or the request bypasses
	 * it): its bytes are compressed for that one response, so speed counts more than size. On the 59 KB film page
	 * level 1 took 0.30 ms against level 6's 0.98 ms (a reused deflater), for 17,507 bytes against 15,180 (+15 %).
	 */
	static final int SENT_ONCE_LEVEL = 1;

	/** The header of a gzip member: deflate, no flags, no time, no extra flags, OS 0 (as GZIPOutputStream's). */
	private static final byte[] GZIP_HEADER = { 0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, 0 };

	/**
	 * Deflaters kept for the next page, as many as pages are gzipped at once (renderings run ten at a time by
	 * default): a new one allocates zlib's state, some 270 KB, which the C library hands back to the system when it is
	 * ended and must fault in again for the next. For the film page that cost more than the compression itself:
	 * 0.70 ms a page at level 1 with a new deflater each time, 0.30 ms with one reset and reused (1.36 against 0.98 ms
	 * at level 6). A deflater left over when the queue is full is ended.
	 */
	private static final BlockingQueue<Deflater> DEFLATERS = new ArrayBlockingQueue<>(16);

	static RenderedPage of(String contentType, String contentLanguage, String etag, String cacheControl,
			byte[] body) {
		return new RenderedPage(intern(contentType), intern(contentLanguage), intern(etag), intern(cacheControl),
				body.length, gzip(body));
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
		// A gzip member from GZIPOutputStream: a 10-byte header without optional fields, raw deflate, an 8-byte trailer.
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

	static byte[] gzip(byte[] body) {
		return gzip(body, LEVEL);
	}

	static byte[] gzip(byte[] body, int level) {
		Deflater deflater = DEFLATERS.poll();
		if (deflater == null) {
			deflater = new Deflater(level, true);
		}
		else {
			deflater.reset();
			deflater.setLevel(level);
		}
		try {
			// A gzip member as GZIPOutputStream writes it (body() reads it back): a 10-byte header without optional
			// fields, the raw deflate stream, CRC-32 and length as an 8-byte trailer.
			byte[] out = new byte[body.length / 2 + 64];
			System.arraycopy(GZIP_HEADER, 0, out, 0, GZIP_HEADER.length);
			int length = GZIP_HEADER.length;
			deflater.setInput(body);
			deflater.finish();
			while (!deflater.finished()) {
				if (length == out.length) {
					out = Arrays.copyOf(out, out.length * 2);
				}
				length += deflater.deflate(out, length, out.length - length);
			}
			CRC32 crc = new CRC32();
			crc.update(body);
			out = Arrays.copyOf(out, length + 8);
			littleEndian(out, length, (int) crc.getValue());
			littleEndian(out, length + 4, body.length);
			return out;
		}
		finally {
			if (!DEFLATERS.offer(deflater)) {
				deflater.end();
			}
		}
	}

	private static void littleEndian(byte[] bytes, int at, int value) {
		bytes[at] = (byte) value;
		bytes[at + 1] = (byte) (value >>> 8);
		bytes[at + 2] = (byte) (value >>> 16);
		bytes[at + 3] = (byte) (value >>> 24);
	}

}
