package org.filmref.web.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both compressors write a gzip member any client reads back to the page, at either level, whichever of the kept
 * compressors compressed it, also when pages are compressed at the same time. libdeflate needs Debian's
 * {@code libdeflate0}: without it its cases are skipped, except under {@code CI=true}, where they fail.
 */
class GzipTests {

	@ParameterizedTest
	@ValueSource(strings = { "zlib", "libdeflate" })
	void gzippedBytesAreAGzipMemberOfThePage(String name) throws IOException {
		Gzip gzip = gzip(name);
		byte[] page = page(new Random(7), 60_000);
		for (int level : new int[] { RenderedPage.LEVEL, RenderedPage.SENT_ONCE_LEVEL, RenderedPage.LEVEL }) {
			byte[] gzipped = compress(gzip, page, level);
			assertThat(gunzip(gzipped)).isEqualTo(page);
			assertThat(gzipped.length).isLessThan(page.length / 2);
		}
		assertThat(compress(gzip, page, 1).length).isGreaterThan(compress(gzip, page, 6).length);
		assertThat(gunzip(compress(gzip, new byte[0], 1))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "zlib", "libdeflate" })
	void aCachedPageInflatesToItsBytes(String name) {
		byte[] page = page(new Random(8), 20_000);
		RenderedPage rendered = new RenderedPage("text/html;charset=UTF-8", "en", "\"v1\"", "no-cache", page.length,
				compress(gzip(name), page, RenderedPage.LEVEL));
		assertThat(rendered.body()).isEqualTo(page);
	}

	@ParameterizedTest
	@ValueSource(strings = { "zlib", "libdeflate" })
	void incompressibleBytesStillFit(String name) throws IOException {
		byte[] noise = new byte[50_000];
		new Random(9).nextBytes(noise);
		assertThat(gunzip(compress(gzip(name), noise, 1))).isEqualTo(noise);
		assertThat(gunzip(compress(gzip(name), noise, 6))).isEqualTo(noise);
	}

	@ParameterizedTest
	@ValueSource(strings = { "zlib", "libdeflate" })
	void pagesCompressedAtTheSameTimeEachGetTheirOwn(String name) throws Exception {
		Gzip gzip = gzip(name);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				int seed = i;
				results.add(threads.submit(() -> {
					byte[] page = page(new Random(seed), 5_000 + seed * 97);
					return Arrays.equals(gunzip(compress(gzip, page, seed % 2 == 0 ? 1 : 6)), page);
				}));
			}
			for (Future<Boolean> result : results) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void pagesAreGzippedByLibdeflateWhereItIsInstalled() {
		gzip("libdeflate");
		assertThat(Gzip.INSTANCE.name()).isEqualTo("libdeflate");
		byte[] page = page(new Random(10), 9_000);
		assertThat(Gzip.INSTANCE.compress(page, page.length, 1)).isEqualTo(compress(gzip("libdeflate"), page, 1));
	}

	/** The whole page gzipped. */
	private static byte[] compress(Gzip gzip, byte[] page, int level) {
		return gzip.compress(page, page.length, level);
	}

	private static Gzip gzip(String name) {
		if (name.equals("zlib")) {
			return new Gzip.Zlib();
		}
		Gzip libdeflate = Gzip.Libdeflate.load();
		if (libdeflate == null) {
			String how = "libdeflate not found; install it with 'apt-get install libdeflate0' (as .ci/run does) to run this test.";
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true requires the libdeflate tests to run: " + how);
			}
			Assumptions.abort("Skipped: " + how);
		}
		return libdeflate;
	}

	/** Text like a page's: words from a small vocabulary, some outside ASCII. */
	static byte[] page(Random random, int length) {
		String[] words = { "<td>", "</td>", "Leaving", "Las", "Vegas", "Nicolas", "Cage", "\u2014", "Zo\u00eb", "\u201cSera\u201d",
				"<a href=\"/people/", "\">", "</a>", "\n" };
		StringBuilder text = new StringBuilder(length + 32);
		while (text.length() < length) {
			text.append(words[random.nextInt(words.length)]).append(' ');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] gunzip(byte[] gzipped) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
	}

}
