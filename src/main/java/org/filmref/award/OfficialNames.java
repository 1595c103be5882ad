package org.filmref.award;

import java.util.Locale;
import java.util.Set;

/**
 * The Academy's databases write category names in capitals ("ACTOR IN A LEADING ROLE", "WRITING (Screenplay Based on
 * Material Previously Produced or Published)"); pages show the same words in title case.
 */
public final class OfficialNames {

	private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "in", "of",
			"on", "or", "the", "to", "with");

	private OfficialNames() {
	}

	/** ACTOR IN A LEADING ROLE → Actor in a Leading Role; words not in capitals are kept as they are. */
	public static String readable(String name) {
		if (name == null) {
			return null;
		}
		String[] words = name.split(" ");
		StringBuilder out = new StringBuilder(name.length());
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			if (i > 0) {
				out.append(' ');
			}
			if (isCapitals(word) && (word.length() > 1 || i > 0 && SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT)))) {
				String lower = word.toLowerCase(Locale.ROOT);
				out.append(i > 0 && SMALL_WORDS.contains(lower) ? lower : titleCase(word));
			}
			else {
				out.append(word);
			}
		}
		return out.toString();
	}

	/** Whether the text has letters and none of them is lower case: DOUGLAS G. SHEARER. */
	public static boolean isCapitals(String text) {
		boolean letters = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			letters |= Character.isLetter(c);
		}
		return letters;
	}

	/** DOUGLAS G. SHEARER → Douglas G. Shearer; O'BRIEN → O'Brien; McDONALD → McDonald. */
	public static String titleCase(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean start = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				boolean mc = out.length() >= 2 && out.charAt(out.length() - 2) == 'M'
						&& out.charAt(out.length() - 1) == 'c'
						&& (out.length() == 2 || !Character.isLetter(out.charAt(out.length() - 3)));
				out.append(start || mc ? Character.toUpperCase(c) : Character.toLowerCase(c));
				start = false;
			}
			else {
				out.append(c);
				start = c == ' ' || c == '-' || c == '\'' || c == '(' || c == '.' || c == '/';
			}
		}
		return out.toString();
	}

}
