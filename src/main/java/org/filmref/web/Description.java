package org.filmref.web;

import java.util.List;

/**
 * A page's meta description built from what the page lists: a sentence with as many of its items as fit within
 * what search results show, the rest counted ("A, B and 3 more").
 */
public final class Description {

	/** About what a search result shows of a description. */
	public static final int LENGTH = 160;

	private Description() {
	}

	/**
	 * {@code head}, the items and {@code tail}, naming as many items as keep the whole within {@link #LENGTH}
	 * characters and at least the first; the others are counted.
	 */
	public static String listing(String head, List<String> items, String tail) {
		if (items.isEmpty()) {
			return (head + tail).strip();
		}
		String text = null;
		for (int named = items.size(); named >= 1; named--) {
			text = head + join(items.subList(0, named), items.size() - named) + tail;
			if (text.length() <= LENGTH) {
				break;
			}
		}
		return text;
	}

	/** "A", "A and B", "A, B and C". */
	public static String join(List<String> items) {
		return join(items, 0);
	}

	private static String join(List<String> named, int others) {
		if (others > 0) {
			return String.join(", ", named) + " and " + others + " more";
		}
		if (named.size() == 1) {
			return named.get(0);
		}
		return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
	}

}
