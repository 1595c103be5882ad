package org.filmref.web;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The markup a part of a view model writes for {@code th:utext} (a list's rows, a quote), kept for the part's next
 * renders. A view model is immutable once its page is assembled and stays cached while it is read, but its markup can
 * only be written at the first render (footnotes are numbered when the page is complete, see
 * {@link org.filmref.reference.Footnote}); a record cannot keep it, so this does, by the part's identity and for as
 * long as the part is in use (weakly).
 *
 * <p>
 * Markup is kept from a part's second render on: with the rendered-page cache (the deployment's), a page is rendered
 * once and served as bytes afterwards, so a crawl of the whole site keeps nothing but a mark per part. A page that is
 * rendered again (the cache off, a request that bypasses it, a page that left it) is written from the kept markup:
 * the film page's lists cost a tenth of its uncached render. Their UTF-8 bytes are kept with them
 * ({@link #utf8}), for the page body's writer.
 *
 * @param <T> the part's type
 */
public final class Memo<T> {

	/** Kept for a part rendered once: the next render keeps its markup. */
	private static final String SEEN = new String();

	/**
	 * The UTF-8 bytes of each kept markup, by the string's identity and for as long as it is kept: the writer of a
	 * page's body writes these instead of encoding the same characters on every render ({@link #utf8}).
	 */
	private static final Cache<String, byte[]> ENCODED = Caffeine.newBuilder().weakKeys().build();

	private final Cache<T, String> written = Caffeine.newBuilder().weakKeys().build();

	private final Function<T, String> write;

	/** @param write writes a part's markup; called for the first two renders of a part, then never again */
	public Memo(Function<T, String> write) {
		this.write = write;
	}

	/** The part's markup: kept from an earlier render, or written now. */
	public String of(T part) {
		String kept = written.getIfPresent(part);
		if (kept != null && kept != SEEN) {
			return kept;
		}
		String markup = write.apply(part);
		if (kept == null) {
			written.put(part, SEEN);
		}
		else {
			written.put(part, markup);
			// A high surrogate at the end could pair with what follows it on the page: left to the writer.
			if (!markup.isEmpty() && !Character.isHighSurrogate(markup.charAt(markup.length() - 1))) {
				ENCODED.put(markup, markup.getBytes(StandardCharsets.UTF_8));
			}
		}
		return markup;
	}

	/**
	 * The UTF-8 bytes of a markup string this class keeps, or null for any other string (an equal one included):
	 * a kept list's markup is written as these bytes.
	 */
	public static byte[] utf8(String markup) {
		return ENCODED.getIfPresent(markup);
	}

}
