package org.filmref.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of the search index's two analyzers, for the {@code @FullTextField}s of every feature's entities. The
 * search feature defines what they do ({@code SearchAnalysisConfigurer}); the names live here, beside the base
 * entity, so that no feature depends on the search feature to declare what it indexes.
 */
public final class Analyzers {

	/** Prose and titles: folded to ASCII, stop words dropped, stemmed. */
	public static final String ENGLISH = "english";

	/** Names of people and characters, and text in other languages: folded and lower-cased, never stemmed. */
	public static final String NAME = "name";

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Analyzers() {
	}

	/**
	 * The words of the other forms of a title or name that the title or name itself lacks (compared without case or
	 * accents), each once, in order: "boulevard" for <i>Sunset Blvd.</i> credited as "Sunset Boulevard". Indexing
	 * these beside the title lets a query of the other form match every word, while a word both share scores once (in
	 * the title), so a query of the site's own words ranks the page as its title alone does.
	 */
	public static String wordsNotIn(String title, Collection<String> others) {
		if (others.isEmpty()) {
			return null;
		}
		Set<String> own = Set.copyOf(words(title == null ? "" : title));
		Set<String> missing = new LinkedHashSet<>();
		for (String other : others) {
			for (String word : words(other)) {
				if (!own.contains(word)) {
					missing.add(word);
				}
			}
		}
		return missing.isEmpty() ? null : String.join(" ", missing);
	}

	private static Collection<String> words(String text) {
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		Set<String> words = new LinkedHashSet<>();
		for (String word : NOT_A_WORD.split(folded.toLowerCase(Locale.ROOT))) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}
