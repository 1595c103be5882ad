package org.filmref.film;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.filmref.web.PageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The film page's weight budget: at most 62 KB of HTML, 16 KiB gzipped as the site serves it (the
 * rendered-page cache compresses at the best level). A new section or a longer note must fit, or the budget moves
 * on purpose.
 */
@PageTest
class FilmPageSizeTests {

	@Autowired
	MockMvc mvc;

	@Test
	void filmPageStaysWithinItsBudget() throws Exception {
		byte[] html = mvc.perform(get("/films/leaving-las-vegas"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(html.length).as("raw bytes").isLessThanOrEqualTo(62_000);
		assertThat(gzip(html).length).as("gzipped bytes").isLessThanOrEqualTo(16 * 1024);
	}

	private static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(bytes);
		}
		return out.toByteArray();
	}

}
