package org.filmref.web.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The held body: written by stream or writer (UTF-8 or another encoding), sent whole with its real length, sent as
 * it is before an error; a declared length is held until then. The same bytes with {@link Utf8Writer} or the JDK's
 * writer.
 */
class HoldingResponseTests {

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void theBodyIsHeldThenSentWithItsLength(boolean utf8Writer) throws IOException {
		MockHttpServletResponse raw = new MockHttpServletResponse();
		raw.setCharacterEncoding("UTF-8");
		HoldingResponse held = new HoldingResponse(raw, utf8Writer);
		assertThat(held.getWriter() instanceof Utf8Writer).isEqualTo(utf8Writer);
		held.setContentLength(3);
		held.getWriter().write("Zoë – ");
		held.getWriter().flush();
		held.getOutputStream().write("Ben".getBytes(StandardCharsets.UTF_8));
		assertThat(held.getHeader("Content-Length")).isEqualTo("3");
		assertThat(raw.getContentAsByteArray()).isEmpty();
		assertThat(raw.getHeader("Content-Length")).isNull();
		byte[] expected = "Zoë – Ben".getBytes(StandardCharsets.UTF_8);
		assertThat(held.getContentSize()).isEqualTo(expected.length);
		assertThat(Arrays.copyOf(held.content(), held.getContentSize())).isEqualTo(expected);
		held.release();
		assertThat(raw.getContentAsByteArray()).isEqualTo(expected);
		assertThat(raw.getContentLength()).isEqualTo(expected.length);
		assertThat(raw.isCommitted()).isTrue();
	}

	@Test
	void anotherEncodingIsWrittenByTheJdksWriter() throws IOException {
		MockHttpServletResponse raw = new MockHttpServletResponse();
		raw.setCharacterEncoding("ISO-8859-1");
		HoldingResponse held = new HoldingResponse(raw);
		held.getWriter().write("Zoë");
		assertThat(Arrays.copyOf(held.content(), held.getContentSize()))
			.isEqualTo("Zoë".getBytes(StandardCharsets.ISO_8859_1))
			.hasSize(3);
	}

	@Test
	void whatWasWrittenIsSentBeforeAnError() throws IOException {
		MockHttpServletResponse raw = new MockHttpServletResponse();
		HoldingResponse held = new HoldingResponse(raw);
		held.getOutputStream().write(new byte[] { 'a', 'b' });
		held.sendError(500);
		assertThat(raw.getContentAsString()).isEqualTo("ab");
		assertThat(raw.getStatus()).isEqualTo(500);
	}

	@Test
	void aBodyLargerThanTheFirstBufferIsHeldWhole() throws IOException {
		HoldingResponse held = new HoldingResponse(new MockHttpServletResponse());
		byte[] large = new byte[100_000];
		Arrays.fill(large, (byte) 'a');
		held.getOutputStream().write(large);
		held.getOutputStream().write('!');
		assertThat(held.getContentSize()).isEqualTo(large.length + 1);
		assertThat(held.content()[large.length]).isEqualTo((byte) '!');
	}

}
