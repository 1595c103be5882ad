package org.filmref.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Where an index files a title or name: under its first letter, A to Z (accents ignored: Él under E), or under "#"
 * when it starts with anything else (a digit, a letter outside A–Z). Read from an address as {@code ?letter=b} or
 * {@code ?letter=other}; anything else fails conversion and is answered 400.
 *
 * @param initial 'A' to 'Z', or '#' for other
 */
public record Letter(char initial) {

	public static final Letter OTHER = new Letter('#');

	private static final List<Letter> ALL;

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[^\\p{Alnum}]+");

	static {
		List<Letter> all = new ArrayList<>();
		for (char c = 'A'; c <= 'Z'; c++) {
			all.add(new Letter(c));
		}
		all.add(OTHER);
		ALL = List.copyOf(all);
	}

	public Letter {
		if (initial != '#' && (initial < 'A' || initial > 'Z')) {
			throw new IllegalArgumentException("Not an index letter: " + initial);
		}
	}

	/** A to Z, then "#". */
	public static List<Letter> all() {
		return ALL;
	}

	/** The letter of an address's {@code letter} parameter: one letter (either case) or {@code other}. */
	public static Letter valueOf(String param) {
		if ("other".equals(param)) {
			return OTHER;
		}
		if (param.length() == 1) {
			char c = Character.toUpperCase(param.charAt(0));
			if (c >= 'A' && c <= 'Z') {
				return new Letter(c);
			}
		}
		throw new IllegalArgumentException("Not an index letter: " + param);
	}

	/** Where the text is filed: its first letter or digit decides, punctuation before it is skipped. */
	public static Letter of(String text) {
		String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				char upper = Character.toUpperCase(c);
				return upper >= 'A' && upper <= 'Z' ? new Letter(upper) : OTHER;
			}
		}
		return OTHER;
	}

	/**
	 * Index order of the given items by their titles or names ({@link #sortKey}), each key computed once, not per
	 * comparison: sorting the 12,000 names of the people index compared them some 170,000 times, each compiling two
	 * regular expressions. Only for the given items.
	 */
	public static <T> Comparator<T> indexOrder(Collection<T> items, Function<T, String> text) {
		Map<T, String> keys = new IdentityHashMap<>(items.size());
		items.forEach(item -> keys.put(item, sortKey(text.apply(item))));
		return Comparator.comparing(keys::get);
	}

	/**
	 * The key an index sorts a title or name by: accents and case ignored, punctuation before the first letter or
	 * digit skipped ("Él" and "el" sort together, "'Round Midnight" under R).
	 */
	public static String sortKey(String text) {
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
			.toLowerCase(Locale.ROOT);
		return LEADING_PUNCTUATION.matcher(folded).replaceFirst("");
	}

	/** "B", or "#". */
	public String label() {
		return String.valueOf(initial);
	}

	/** The address parameter's value: "b", or "other". */
	public String param() {
		return this.equals(OTHER) ? "other" : String.valueOf(initial).toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return param();
	}

}
