package org.filmref.award.data;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.filmref.award.OfficialNames;

/**
 * Film titles and people's names as scraped award data writes them, read the right way round, and the keys by
 * which they are compared with the site's: without case, accents, punctuation or a leading article.
 */
public final class Titles {

	private static final Pattern INVERTED = Pattern
		.compile("^(.+?),\\s+(The|A|An|Les|Le|La|Il|El|Die|Der|Das)(\\s*\\(.*\\))?\\s*$");

	private static final Pattern YEAR = Pattern.compile("\\s*\\((?:19|20)\\d\\d\\)\\s*$");

	private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an) ");

	/** Words English titles write in lower case unless first or last, or after a colon. */
	private static final Set<String> SMALL = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from", "in",
			"into", "nor", "of", "on", "or", "the", "to", "with");

	private Titles() {
	}

	/**
	 * "American President, The" → "The American President"; "Sabrina (1995)" → "Sabrina"; "FOR WHOM THE BELL TOLLS"
	 * and "For Whom The Bell Tolls" → "For Whom the Bell Tolls".
	 */
	public static String title(String raw) {
		String title = raw.trim().replaceAll("\\s+", " ");
		title = YEAR.matcher(title).replaceFirst("");
		Matcher inverted = INVERTED.matcher(title);
		if (inverted.matches()) {
			String rest = inverted.group(3) == null ? "" : " " + inverted.group(3).trim();
			title = inverted.group(2) + " " + inverted.group(1).trim() + rest;
		}
		return smallWords(OfficialNames.isCapitals(title) ? OfficialNames.titleCase(title) : title);
	}

	/** A name as written, with a name in capitals (older SAG rows: "NICOLAS CAGE") read as a name. */
	public static String name(String raw) {
		String name = raw.trim().replaceAll("\\s+", " ");
		return OfficialNames.readable(name);
	}

	/** The scraper's capitals on small words undone: "Sense And Sensibility" → "Sense and Sensibility". */
	static String smallWords(String title) {
		String[] words = title.split(" ");
		StringBuilder out = new StringBuilder(title.length());
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			boolean afterBreak = i > 0 && (words[i - 1].endsWith(":") || words[i - 1].endsWith("-")
					|| words[i - 1].endsWith("–") || words[i - 1].endsWith("("));
			String lower = word.toLowerCase(Locale.ROOT);
			if (i > 0 && i < words.length - 1 && !afterBreak && SMALL.contains(lower)
					&& Character.isUpperCase(word.charAt(0)) && word.substring(1).equals(lower.substring(1))) {
				word = lower;
			}
			if (i > 0) {
				out.append(' ');
			}
			out.append(word);
		}
		return out.toString();
	}

	/** The key titles are compared by: lower case, no accents or punctuation, no leading English article. */
	public static String titleKey(String title) {
		String key = words(title);
		return LEADING_ARTICLE.matcher(key).replaceFirst("");
	}

	/**
	 * The key of a title without a trailing parenthesis, which names it in another language or adds a subtitle:
	 * "Babette's Feast (Babettes Gæstebud)" and "Babette's Feast" have the same short key.
	 */
	public static String shortTitleKey(String title) {
		String shorter = TRAILING_PARENTHESIS.matcher(title).replaceFirst("");
		return titleKey(shorter.isBlank() ? title : shorter);
	}

	/** Whether a title ends in a parenthesis: "Babette's Feast (Babettes Gæstebud)". */
	public static boolean hasTrailingParenthesis(String title) {
		return TRAILING_PARENTHESIS.matcher(title).find();
	}

	/** The key names are compared by: lower case, no accents, no punctuation ("Scott E. Anderson" = "Scott E Anderson"). */
	public static String nameKey(String name) {
		return words(name);
	}

	private static String words(String text) {
		String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		String lower = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "").replace("’", "");
		return NOT_ALPHANUMERIC.matcher(lower).replaceAll(" ").trim();
	}

}
