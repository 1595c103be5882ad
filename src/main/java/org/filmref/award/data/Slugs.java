package org.filmref.award.data;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The slug of a new page (film, person, company, category): its name in lower-case ASCII words joined by dashes, at
 * most 90 characters, kept unique within its table.
 */
final class Slugs {

	private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

	private Slugs() {
	}

	static String slug(String text) {
		String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		String slug = NON_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", ""))
			.replaceAll("-");
		slug = EDGE_DASHES.matcher(slug).replaceAll("");
		if (slug.length() > 90) {
			slug = slug.substring(0, 90).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "untitled" : slug;
	}

	/** The slug, or with the IMDb id appended when taken; recorded as taken. */
	static String unique(String slug, String imdbId, Set<String> taken) {
		String result = slug;
		if (taken.contains(result) && imdbId != null) {
			result = slug + "-" + imdbId;
		}
		for (int n = 2; taken.contains(result); n++) {
			result = slug + "-" + n;
		}
		taken.add(result);
		return result;
	}

}
