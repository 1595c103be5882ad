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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's gzipped bytes are a gzip member any client reads back to the page, at either level, whichever deflater of
 * the reused ones compressed it, also when pages are compressed at the same time.
 */
class RenderedPageTests {

	@Test
	void gzippedBytesAreAGzipMemberOfThePage() throws IOException {
		byte[] page = page(new Random(7), 60_000);
		for (int level : new int[] { RenderedPage.LEVEL, RenderedPage.SENT_ONCE_LEVEL, RenderedPage.LEVEL }) {
			byte[] gzipped = RenderedPage.gzip(page, level);
			assertThat(gunzip(gzipped)).isEqualTo(page);
			assertThat(gzipped.length).isLessThan(page.length / 2);
		}
		assertThat(RenderedPage.gzip(page, 1).length).isGreaterThan(RenderedPage.gzip(page, 6).length);
		assertThat(gunzip(RenderedPage.gzip(new byte[0], 1))).isEmpty();
	}

	@Test
	void theCachedPageInflatesToItsBytes() {
		byte[] page = page(new Random(8), 20_000);
		RenderedPage rendered = RenderedPage.of("text/html;charset=UTF-8", "en", "\"v1\"", "no-cache", page);
		assertThat(rendered.length()).isEqualTo(page.length);
		assertThat(rendered.body()).isEqualTo(page);
	}

	@Test
	void incompressibleBytesStillFit() throws IOException {
		byte[] noise = new byte[50_000];
		new Random(9).nextBytes(noise);
		assertThat(gunzip(RenderedPage.gzip(noise, 1))).isEqualTo(noise);
	}

	@Test
	void pagesCompressedAtTheSameTimeEachGetTheirOwn() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				int seed = i;
				results.add(threads.submit(() -> {
					byte[] page = page(new Random(seed), 5_000 + seed * 97);
					return Arrays.equals(gunzip(RenderedPage.gzip(page, seed % 2 == 0 ? 1 : 6)), page);
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

	/** Text like a page's: words from a small vocabulary, some outside ASCII. */
	private static byte[] page(Random random, int length) {
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
