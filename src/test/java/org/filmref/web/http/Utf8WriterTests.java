package org.filmref.web.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page body's writer encodes exactly as {@code String.getBytes(UTF_8)} does, however the text is cut into
 * writes: ASCII, Latin-1, the typographic marks of the site's pages, characters outside the Basic Multilingual Plane
 * (a surrogate pair, also split between two writes) and lone surrogates.
 */
class Utf8WriterTests {

	private static final String SAMPLE = "Leaving Las Vegas – “Sera” · Ben’s … Él, Zoë & <b> \"q\" 'a' 日本語 🎬 end";

	@Test
	void encodesAsStringGetBytesDoes() {
		assertThat(written(SAMPLE)).isEqualTo(SAMPLE.getBytes(StandardCharsets.UTF_8));
		assertThat(written("")).isEmpty();
	}

	@Test
	void aSurrogatePairSplitBetweenWritesIsOneCharacter() {
		String film = "🎬";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Utf8Writer writer = new Utf8Writer(out);
		writer.write(film.substring(0, 1));
		writer.write(film.substring(1));
		writer.flush();
		assertThat(out.toByteArray()).isEqualTo(film.getBytes(StandardCharsets.UTF_8)).hasSize(4);
	}

	@Test
	void loneSurrogatesAreWrittenAsQuestionMarksAsGetBytesDoes() {
		String lone = "a\uD83Cb\uDFACc\uD83C";
		assertThat(written(lone)).isEqualTo(lone.getBytes(StandardCharsets.UTF_8));
		assertThat(new String(written(lone), StandardCharsets.UTF_8)).isEqualTo("a?b?c?");
	}

	@Test
	void longStringsAreEncodedInChunksAsGetBytesDoes() {
		Random random = new Random(43);
		char[] alphabet = (SAMPLE + "\uD83C\uDFAC\uDFAC\uD83C").toCharArray();
		for (int length : new int[] { 1025, 4095, 4096, 4097, 8193, 30_000 }) {
			StringBuilder text = new StringBuilder(length);
			while (text.length() < length) {
				text.append(alphabet[random.nextInt(alphabet.length)]);
			}
			// A surrogate pair across the first chunk's end, and plain Latin-1 text.
			if (length > 4096) {
				text.replace(4095, 4097, "\uD83C\uDFAC");
			}
			for (String whole : new String[] { text.toString(), "Zo\u00eb & Ben ".repeat(length / 10) }) {
				assertThat(written(whole)).as("%d characters", whole.length())
					.isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				Utf8Writer writer = new Utf8Writer(out);
				char[] padded = ("<" + whole + ">").toCharArray();
				writer.write(padded, 1, whole.length());
				writer.flush();
				assertThat(out.toByteArray()).as("%d characters from an array", whole.length())
					.isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
			}
		}
	}

	@Test
	void randomTextCutAtRandomIsEncodedAsAWhole() {
		Random random = new Random(42);
		char[] alphabet = (SAMPLE + "\uD83C\uDFAC\uDFAC\uD83C").toCharArray();
		for (int round = 0; round < 200; round++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(round < 100 ? 40 : 20_000);
			for (int i = 0; i < length; i++) {
				text.append(alphabet[random.nextInt(alphabet.length)]);
			}
			String whole = text.toString();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Utf8Writer writer = new Utf8Writer(out);
			for (int from = 0; from < whole.length();) {
				int to = Math.min(whole.length(), from + 1 + random.nextInt(12));
				switch (random.nextInt(4)) {
					case 0 -> writer.write(whole.substring(from, to));
					case 1 -> writer.write(whole, from, to - from);
					case 2 -> writer.write(whole.toCharArray(), from, to - from);
					default -> {
						for (int i = from; i < to; i++) {
							writer.write(whole.charAt(i));
						}
					}
				}
				from = to;
			}
			writer.flush();
			assertThat(out.toByteArray()).as("round %d", round).isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void printlnWritesTheLineSeparator() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Utf8Writer writer = new Utf8Writer(out);
		writer.println("line");
		writer.print(42);
		writer.flush();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("line" + System.lineSeparator() + "42");
		assertThat(writer.checkError()).isFalse();
	}

	private static byte[] written(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Utf8Writer writer = new Utf8Writer(out);
		writer.write(text);
		writer.flush();
		return out.toByteArray();
	}

}
