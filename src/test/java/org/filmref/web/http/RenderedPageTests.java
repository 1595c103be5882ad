package org.filmref.web.http;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cached page keeps its gzipped bytes and its length, and inflates back to its bytes for a client without gzip;
 * the header values every page shares are kept once. ({@link GzipTests} tests the compressors.)
 */
class RenderedPageTests {

	@Test
	void theCachedPageInflatesToItsBytes() {
		byte[] page = GzipTests.page(new Random(8), 20_000);
		RenderedPage rendered = RenderedPage.of("text/html;charset=UTF-8", "en", "\"v1\"", "no-cache", page, page.length);
		assertThat(rendered.length()).isEqualTo(page.length);
		assertThat(rendered.gzipped().length).isLessThan(page.length / 3);
		assertThat(rendered.weight()).isEqualTo(rendered.gzipped().length + RenderedPage.OVERHEAD);
		assertThat(rendered.body()).isEqualTo(page);
	}

	@Test
	void headerValuesAreKeptOnce() {
		byte[] page = GzipTests.page(new Random(9), 2_000);
		RenderedPage one = RenderedPage.of(new String("text/html;charset=UTF-8"), "en", "\"v1\"", new String("no-cache"), page,
				page.length);
		RenderedPage other = RenderedPage.of(new String("text/html;charset=UTF-8"), "en", "\"v1\"", new String("no-cache"), page,
				page.length);
		assertThat(one.contentType()).isSameAs(other.contentType());
		assertThat(one.cacheControl()).isSameAs(other.cacheControl());
	}

}
