package org.filmref.web.http;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The writer of a held page body: each string it is given is encoded as UTF-8 straight into the body's buffer.
 * Thymeleaf writes a page as some ten thousand small strings (a tag's name, an attribute, a text); before, it
 * gathered them in a growing {@code StringBuilder} (copied at every doubling, and again when the first character
 * outside Latin-1 widened it), which was then copied into one string, encoded whole ({@code String.getBytes}) and
 * copied into the buffer: about a tenth of an uncached film page's CPU and a twelfth of what a cold crawl
 * allocates. The encoding is {@code String.getBytes(UTF_8)}'s, a lone surrogate included ({@code ?}), also where a
 * surrogate pair is split between two writes.
 *
 * <p>
 * It extends {@link PrintWriter} only to be one ({@code getWriter()} must return a {@code PrintWriter}): its
 * writes go straight to the encoder, without {@code PrintWriter}'s lock and checks on every call. Like
 * {@code PrintWriter}, it never throws {@link IOException}; {@link #checkError()} tells whether one occurred.
 */
final class Utf8Writer extends PrintWriter {

	/** Characters encoded at a time: the scratch buffer stays at three bytes each, 12 KiB. */
	private static final int CHUNK = 4096;

	/** Strings longer than this are encoded in chunks, without {@code getBytes}' arrays. */
	private static final int LONG = 1024;

	private final OutputStream out;

	private final byte[] bytes = new byte[CHUNK * 3 + 4];

	/**
	 * The characters being encoded, copied in one call: with C1's code (the deployment's), {@code String.charAt}
	 * on a string with characters outside Latin-1 costs a call and a bounds check per character, 6 % of a render.
	 */
	private final char[] chars = new char[CHUNK];

	/** A high surrogate that ended the last write: its low surrogate may start the next. */
	private char pendingHigh;

	private boolean error;

	Utf8Writer(OutputStream out) {
		super(Writer.nullWriter());
		this.out = out;
	}

	@Override
	public void write(String text, int offset, int length) {
		int end = offset + length;
		for (int from = offset; from < end; from += CHUNK) {
			encode(text, from, Math.min(end, from + CHUNK));
		}
	}

	/**
	 * A whole string is encoded by {@code String.getBytes}: for a string of Latin-1 characters (most that a page
	 * writes) that is a check and a copy of its bytes, against a loop over its characters. Unless a surrogate pair may
	 * be split between this write and another: after a write that ended in a high surrogate, or where this one does
	 * (which {@code getBytes} encodes as {@code ?}, so only then is its last character looked at). A long string is
	 * encoded in chunks into the scratch buffer instead: its {@code getBytes} would allocate up to three bytes a
	 * character and a copy.
	 */
	@Override
	public void write(String text) {
		if (pendingHigh != 0 || text.length() > LONG) {
			write(text, 0, text.length());
			return;
		}
		byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
		if (encoded.length > 0 && encoded[encoded.length - 1] == '?'
				&& Character.isHighSurrogate(text.charAt(text.length() - 1))) {
			write(text, 0, text.length());
			return;
		}
		writeBytes(encoded);
	}

	private void writeBytes(byte[] encoded) {
		try {
			out.write(encoded);
		}
		catch (IOException ex) {
			error = true;
		}
	}

	/**
	 * Characters handed over in an array (unbescape's escaping of every {@code th:text} writes its output so) are
	 * encoded from that array, in chunks: not copied into a string and then encoded into a new array.
	 */
	@Override
	public void write(char[] chars, int offset, int length) {
		int end = offset + length;
		for (int from = offset; from < end; from += CHUNK) {
			encode(chars, from, Math.min(end, from + CHUNK));
		}
	}

	@Override
	public void write(char[] chars) {
		write(chars, 0, chars.length);
	}

	@Override
	public void write(int c) {
		if (c < 0x80 && pendingHigh == 0) {
			try {
				out.write(c);
			}
			catch (IOException ex) {
				error = true;
			}
			return;
		}
		write(String.valueOf((char) c));
	}

	private void encode(String text, int from, int to) {
		text.getChars(from, to, chars, 0);
		encode(chars, 0, to - from);
	}

	/** Encodes {@code c[from, to)}, at most {@link #CHUNK} characters, into the scratch buffer and writes it. */
	private void encode(char[] c, int from, int to) {
		byte[] b = bytes;
		int p = 0;
		int i = from;
		int n = to;
		if (pendingHigh != 0) {
			char high = pendingHigh;
			pendingHigh = 0;
			if (i < n && Character.isLowSurrogate(c[i])) {
				p = fourBytes(b, p, Character.toCodePoint(high, c[i++]));
			}
			else {
				b[p++] = '?';
			}
		}
		while (i < n) {
			char ch = c[i++];
			if (ch < 0x80) {
				b[p++] = (byte) ch;
			}
			else if (ch < 0x800) {
				b[p++] = (byte) (0xC0 | (ch >> 6));
				b[p++] = (byte) (0x80 | (ch & 0x3F));
			}
			else if (!Character.isSurrogate(ch)) {
				b[p++] = (byte) (0xE0 | (ch >> 12));
				b[p++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
				b[p++] = (byte) (0x80 | (ch & 0x3F));
			}
			else if (Character.isHighSurrogate(ch) && i == n) {
				pendingHigh = ch;
			}
			else if (Character.isHighSurrogate(ch) && Character.isLowSurrogate(c[i])) {
				p = fourBytes(b, p, Character.toCodePoint(ch, c[i++]));
			}
			else {
				b[p++] = '?';
			}
		}
		try {
			out.write(b, 0, p);
		}
		catch (IOException ex) {
			error = true;
		}
	}

	private static int fourBytes(byte[] b, int p, int codePoint) {
		b[p++] = (byte) (0xF0 | (codePoint >> 18));
		b[p++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
		b[p++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
		b[p++] = (byte) (0x80 | (codePoint & 0x3F));
		return p;
	}

	/** A high surrogate left without its pair is written as {@code ?}, as {@code String.getBytes} writes it. */
	@Override
	public void flush() {
		try {
			if (pendingHigh != 0) {
				pendingHigh = 0;
				out.write('?');
			}
			out.flush();
		}
		catch (IOException ex) {
			error = true;
		}
	}

	@Override
	public void close() {
		flush();
		try {
			out.close();
		}
		catch (IOException ex) {
			error = true;
		}
	}

	/** {@code PrintWriter} writes a line separator to its own writer, which here writes nowhere. */
	@Override
	public void println() {
		write(System.lineSeparator());
	}

	@Override
	public boolean checkError() {
		return error;
	}

}
