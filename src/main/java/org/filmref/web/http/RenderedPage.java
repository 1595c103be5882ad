package org.filmref.web.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A page as it was sent: its bytes, the same bytes gzipped once (at the best level, since it is done once per page
 * and deployment), and the headers that describe them.
 */
record RenderedPage(String contentType, String contentLanguage, String etag, String cacheControl, byte[] body,
		byte[] gzipped) {

	static RenderedPage of(String contentType, String contentLanguage, String etag, String cacheControl,
			byte[] body) {
		return new RenderedPage(contentType, contentLanguage, etag, cacheControl, body, gzip(body));
	}

	/** What the page costs in memory, for the cache's bound. */
	int weight() {
		return body.length + gzipped.length + 256;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
			{
				def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
