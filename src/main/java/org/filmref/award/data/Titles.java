package org.filmref.award.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
		.compile("^(.+?),\\s+(The|A|An|the|a|an|Les|Le|La|Il|El|Die|Der|Das)(\\s*\\(.*\\))?\\s*$");

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
	 * "American President, The" and "Simple Plan, a" → "The American President" and "A Simple Plan"; "Sabrina (1995)" →
	 * "Sabrina"; "FOR WHOM THE BELL TOLLS"
	 * and "For Whom The Bell Tolls" → "For Whom the Bell Tolls".
	 */
	public static String title(String raw) {
		String title = raw.trim().replaceAll("\\s+", " ");
		title = YEAR.matcher(title).replaceFirst("");
		Matcher inverted = INVERTED.matcher(title);
		if (inverted.matches()) {
			String rest = inverted.group(3) == null ? "" : " " + inverted.group(3).trim();
			String article = inverted.group(2);
			title = Character.toUpperCase(article.charAt(0)) + article.substring(1) + " " + inverted.group(1).trim()
					+ rest;
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

	/**
	 * Whether two titles are the same when compared by their keys: the same key, or the same without a trailing
	 * parenthesis unless both add a different one ("Kill Bill (Vol. 1)" and "Kill Bill (Vol. 2)").
	 */
	public static boolean sameTitle(String one, String other) {
		if (titleKey(one).equals(titleKey(other))) {
			return true;
		}
		return shortTitleKey(one).equals(shortTitleKey(other))
				&& !(hasTrailingParenthesis(one) && hasTrailingParenthesis(other));
	}

	/**
	 * Whether one title may be another's variant: one holds the other's words ("The Grinch", "Dr. Seuss' How the Grinch
	 * Stole Christmas") or they differ by at most two letters ("Prizzi's Honour", "Prizzi's Honor"), numbers written
	 * as digits ("Twelve Angry Men", "French Connection II"); never two titles with different numbers ("Kill Bill (Vol.
	 * 1)", "Kill Bill (Vol. 2)"; "The French Connection", "French Connection II"), a year aside ("Inherit the Wind -
	 * 1960"). Only a nominee in common makes such titles one film.
	 */
	public static boolean variantTitle(String one, String other) {
		// Two titles that each add a parenthesis are compared whole: "Kill Bill (Vol. 1)", "Kill Bill (Vol. 2)"; the
		// same words in another order are one title in two languages, "Goodbye, Children (Au Revoir les Enfants)".
		if (sortedWords(titleKey(one)).equals(sortedWords(titleKey(other)))) {
			return true;
		}
		boolean whole = hasTrailingParenthesis(one) && hasTrailingParenthesis(other);
		List<String> ones = whole ? List.of(titleKey(one)) : List.of(titleKey(one), shortTitleKey(one));
		List<String> others = whole ? List.of(titleKey(other)) : List.of(titleKey(other), shortTitleKey(other));
		for (String a : ones) {
			for (String b : others) {
				if (a.isEmpty() || b.isEmpty()) {
					continue;
				}
				// Held words: numbers in digits or Roman numerals must be the same ("Three Colors: Red" holds "Red").
				String x = numbers(a, ROMAN);
				String y = numbers(b, ROMAN);
				if (numeralsOf(x).equals(numeralsOf(y))
						&& ((" " + x + " ").contains(" " + y + " ") || (" " + y + " ").contains(" " + x + " "))) {
					return true;
				}
				// A spelling: numbers in words count too ("Twelve Monkeys", "12 Monkeys").
				x = numbers(x, WORDS);
				y = numbers(y, WORDS);
				if (numeralsOf(x).equals(numeralsOf(y)) && Math.min(x.length(), y.length()) >= 8
						&& distance(x, y) <= 2) {
					return true;
				}
			}
		}
		return false;
	}

	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("one", "1"), Map.entry("two", "2"),
			Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"),
			Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
			Map.entry("eleven", "11"), Map.entry("twelve", "12"));

	private static final Map<String, String> ROMAN = Map.of("ii", "2", "iii", "3", "iv", "4", "vi", "6", "vii", "7",
			"viii", "8", "ix", "9");

	private static final Pattern YEAR_WORD = Pattern.compile("(19|20)\\d\\d");

	private static List<String> sortedWords(String key) {
		List<String> words = new ArrayList<>(List.of(key.split(" ")));
		words.sort(null);
		return words;
	}

	/** A key with the given numbers (in words, or Roman numerals) written as digits. */
	private static String numbers(String key, Map<String, String> numbers) {
		StringBuilder out = new StringBuilder(key.length());
		for (String word : key.split(" ")) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(numbers.getOrDefault(word, word));
		}
		return out.toString();
	}

	/** The numbers of a key in order, years left out. */
	private static List<String> numeralsOf(String key) {
		List<String> numerals = new ArrayList<>();
		for (String word : key.split(" ")) {
			if (!word.isEmpty() && Character.isDigit(word.charAt(0)) && !YEAR_WORD.matcher(word).matches()) {
				numerals.add(word);
			}
		}
		return numerals;
	}

	/** The edit distance of two strings (insertions, deletions and substitutions of one character). */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/** Short first names and the names they stand for ("Steve" and "Steven" need none: one begins the other). */
	private static final Map<String, Set<String>> NICKNAMES = Map.ofEntries(
			Map.entry("mike", Set.of("michael")), Map.entry("dave", Set.of("david")),
			Map.entry("bill", Set.of("william")), Map.entry("will", Set.of("william")),
			Map.entry("bob", Set.of("robert")), Map.entry("rob", Set.of("robert")),
			Map.entry("rick", Set.of("richard")), Map.entry("dick", Set.of("richard")),
			Map.entry("tom", Set.of("thomas")), Map.entry("ted", Set.of("theodore", "edward")),
			Map.entry("pat", Set.of("patrick")), Map.entry("hal", Set.of("harold")),
			Map.entry("jim", Set.of("james")), Map.entry("jimmy", Set.of("james")),
			Map.entry("jack", Set.of("john")), Map.entry("tony", Set.of("anthony")),
			Map.entry("ed", Set.of("edward")), Map.entry("doug", Set.of("douglas")),
			Map.entry("terry", Set.of("terence", "terrence")), Map.entry("larry", Set.of("lawrence")),
			Map.entry("joe", Set.of("joseph")), Map.entry("chuck", Set.of("charles")),
			Map.entry("charlie", Set.of("charles")), Map.entry("ron", Set.of("ronald")),
			Map.entry("don", Set.of("donald")), Map.entry("jerry", Set.of("gerald")));

	/** A title before a name: "Dame Edith Evans" is Edith Evans, "Dr Haing S Ngor" Haing S. Ngor. */
	private static final Pattern HONORIFIC = Pattern.compile("^(dame|sir|dr|lord|lady) (?=\\S+ \\S)");

	private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

	/**
	 * Whether two names may be one person's, written two ways: the same surname and suffix ("Jr."), and first names
	 * that are the same, one the beginning of the other ("Steve" and "Steven Zaillian", "Chris" and "Christopher
	 * Lawrence"), or a short form ("Mike" and "Michael McAlister"), middle names, initials and a title aside ("Conrad
	 * Hall" and "Conrad L. Hall", "Dr Haing S Ngor"); or names of ten letters or more that differ by two at most
	 * ("Fredric" and "Frederic Steinkamp"). Only a film they share makes them one person: the Sherman brothers, Richard
	 * M. and Robert B., stay two.
	 */
	public static boolean nameVariant(String one, String other) {
		String a = HONORIFIC.matcher(nameKey(one)).replaceFirst("");
		String b = HONORIFIC.matcher(nameKey(other)).replaceFirst("");
		if (a.equals(b)) {
			return true;
		}
		List<String> x = new ArrayList<>(List.of(a.split(" ")));
		List<String> y = new ArrayList<>(List.of(b.split(" ")));
		String suffixX = NAME_SUFFIXES.contains(x.get(x.size() - 1)) && x.size() > 2 ? x.remove(x.size() - 1) : "";
		String suffixY = NAME_SUFFIXES.contains(y.get(y.size() - 1)) && y.size() > 2 ? y.remove(y.size() - 1) : "";
		if (x.size() < 2 || y.size() < 2 || !suffixX.equals(suffixY)) {
			return false;
		}
		if (Math.min(a.length(), b.length()) >= 10 && distance(a, b) <= 2) {
			return true;
		}
		if (!x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
			return false;
		}
		String first = x.get(0);
		String second = y.get(0);
		return first.equals(second) || Math.min(first.length(), second.length()) >= 3
				&& (first.startsWith(second) || second.startsWith(first))
				|| NICKNAMES.getOrDefault(first, Set.of()).contains(second)
				|| NICKNAMES.getOrDefault(second, Set.of()).contains(first);
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
