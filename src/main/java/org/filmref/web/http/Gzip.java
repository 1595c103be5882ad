package org.filmref.web.http;

import java.util.Arrays;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Compresses a page into one gzip member: a 10-byte header without optional fields, the raw deflate stream, CRC-32
 * and length ({@link RenderedPage#body()} reads it back; any client does).
 *
 * <p>
 * By libdeflate (Debian's {@code libdeflate0}) where it is installed, called through JNA; else by the JDK's zlib
 * ({@link Deflater}). On the 59 KB film page libdeflate took 0.09 ms at level 1 against zlib's 0.33 ms, for 16,219
 * bytes against 17,507, and 0.49 ms at level 6 against 1.03 ms, for 15,139 bytes against 15,180. With zlib,
 * an uncached page's gzip is a fifth of its CPU.
 *
 * <p>
 * Both keep their compressors for the next page, as many as pages are compressed at once (renderings run ten at a
 * time by default): a compressor's state (zlib's some 270 KB; libdeflate's 200 KB at level 1, 660 KB at level 6) is
 * allocated apart from the heap, handed back to the system when it is freed and faulted in again for the next one.
 * With zlib that cost more than the compression itself (0.70 against 0.30 ms a page at level 1). The last one
 * put back is the next one taken, still in the processor's caches.
 */
abstract sealed class Gzip permits Gzip.Zlib, Gzip.Libdeflate {

	private static final Log logger = LogFactory.getLog(Gzip.class);

	/** Compressors kept per level, the most recently used first. */
	static final int KEPT = 16;

	/** libdeflate where it can be loaded, else zlib; zlib where the system property {@code filmref.gzip} says so. */
	static final Gzip INSTANCE = choose();

	private static Gzip choose() {
		Gzip gzip = "zlib".equals(System.getProperty("filmref.gzip")) ? null : Libdeflate.load();
		if (gzip == null) {
			gzip = new Zlib();
		}
		logger.info("Pages are gzipped by " + gzip.name());
		return gzip;
	}

	/**
	 * The first {@code length} bytes of {@code body} as one gzip member, compressed at the given level (1 fastest, 9
	 * smallest).
	 */
	abstract byte[] compress(byte[] body, int length, int level);

	/** What compresses: "libdeflate" or "zlib". */
	abstract String name();

	/** The JDK's zlib. */
	static final class Zlib extends Gzip {

		/** The header of a gzip member: deflate, no flags, no time, no extra flags, OS 0 (as GZIPOutputStream's). */
		private static final byte[] HEADER = { 0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, 0 };

		private final BlockingDeque<Deflater> deflaters = new LinkedBlockingDeque<>(KEPT);

		@Override
		byte[] compress(byte[] body, int size, int level) {
			Deflater deflater = deflaters.pollFirst();
			if (deflater == null) {
				deflater = new Deflater(level, true);
			}
			else {
				deflater.reset();
				deflater.setLevel(level);
			}
			try {
				byte[] out = new byte[size / 2 + 64];
				System.arraycopy(HEADER, 0, out, 0, HEADER.length);
				int length = HEADER.length;
				deflater.setInput(body, 0, size);
				deflater.finish();
				while (!deflater.finished()) {
					if (length == out.length) {
						out = Arrays.copyOf(out, out.length * 2);
					}
					length += deflater.deflate(out, length, out.length - length);
				}
				CRC32 crc = new CRC32();
				crc.update(body, 0, size);
				out = Arrays.copyOf(out, length + 8);
				littleEndian(out, length, (int) crc.getValue());
				littleEndian(out, length + 4, size);
				return out;
			}
			finally {
				if (!deflaters.offerFirst(deflater)) {
					deflater.end();
				}
			}
		}

		@Override
		String name() {
			return "zlib";
		}

		private static void littleEndian(byte[] bytes, int at, int value) {
			bytes[at] = (byte) value;
			bytes[at + 1] = (byte) (value >>> 8);
			bytes[at + 2] = (byte) (value >>> 16);
			bytes[at + 3] = (byte) (value >>> 24);
		}

	}

	/** libdeflate's {@code libdeflate_gzip_compress}, which writes the whole member. */
	static final class Libdeflate extends Gzip {

		/** Levels 1 to 12; a queue of kept compressors for each. */
		@SuppressWarnings("unchecked")
		private final BlockingDeque<Pointer>[] compressors = new BlockingDeque[13];

		private Libdeflate() {
			for (int level = 1; level < compressors.length; level++) {
				compressors[level] = new LinkedBlockingDeque<>(KEPT);
			}
		}

		/** libdeflate, or null where it (or JNA's native part) cannot be loaded. */
		static Libdeflate load() {
			try {
				Native.register(Library.class, NativeLibrary.getInstance("deflate", Library.class.getClassLoader()));
				Pointer compressor = Library.libdeflate_alloc_compressor(1);
				if (compressor == null) {
					return null;
				}
				Library.libdeflate_free_compressor(compressor);
				return new Libdeflate();
			}
			catch (LinkageError | RuntimeException ex) {
				logger.debug("libdeflate not loaded", ex);
				return null;
			}
		}

		@Override
		byte[] compress(byte[] body, int size, int level) {
			int clamped = Math.max(1, Math.min(12, level));
			BlockingDeque<Pointer> kept = compressors[clamped];
			Pointer compressor = kept.pollFirst();
			if (compressor == null) {
				compressor = Library.libdeflate_alloc_compressor(clamped);
				if (compressor == null) {
					throw new OutOfMemoryError("libdeflate_alloc_compressor(" + clamped + ")");
				}
			}
			try {
				// A page compresses to a third or less: try half its size first, and the bound only where that
				// did not fit (libdeflate writes nothing then).
				byte[] out = new byte[size / 2 + 64];
				long length = Library.libdeflate_gzip_compress(compressor, body, size, out, out.length);
				if (length == 0) {
					out = new byte[(int) Library.libdeflate_gzip_compress_bound(compressor, size)];
					length = Library.libdeflate_gzip_compress(compressor, body, size, out, out.length);
				}
				return Arrays.copyOf(out, (int) length);
			}
			finally {
				if (!kept.offerFirst(compressor)) {
					Library.libdeflate_free_compressor(compressor);
				}
			}
		}

		@Override
		String name() {
			return "libdeflate";
		}

		/** JNA's direct mapping of the functions used ({@code size_t} is a Java {@code long} on 64-bit systems). */
		static final class Library {

			static native Pointer libdeflate_alloc_compressor(int level);

			static native long libdeflate_gzip_compress(Pointer compressor, byte[] in, long inBytes, byte[] out,
					long outBytesAvailable);

			static native long libdeflate_gzip_compress_bound(Pointer compressor, long inBytes);

			static native void libdeflate_free_compressor(Pointer compressor);

			private Library() {
			}

		}

	}

}
