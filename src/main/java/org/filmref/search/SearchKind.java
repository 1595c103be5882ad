package org.filmref.search;

import java.util.Set;

/**
 * The kinds of page a search hit leads to, in the order results list them when scores tie, each with its
 * <em>intent words</em>: words that say what kind of thing the reader is looking for rather than what it is
 * called. "who sings the song leaving las vegas" names the song's title and, with "sings" and "song", asks for a
 * song: {@link SiteSearch} drops such words from the text it matches (unless nothing else is left) and multiplies
 * the scores of hits of the kinds they point to by {@link SiteSearch#INTENT_BOOST}.
 */
public enum SearchKind {

	FILM("Films", Set.of("film", "films", "movie", "movies")),
	PERSON("People", Set.of("actor", "actors", "actress", "actresses", "director", "person", "people")),
	CHARACTER("Characters", Set.of("character", "characters", "role", "roles", "played", "plays")),
	NOVEL("Novels", Set.of("novel", "novels", "book", "books", "wrote", "author")),
	SONG("Songs", Set.of("song", "songs", "sings", "sing", "sang", "sung", "singer", "single")),
	AWARD("Awards", Set.of("award", "awards", "oscar", "oscars", "nomination", "nominations", "nominated")),
	REVIEW("Reviews", Set.of("review", "reviews", "critic", "critics", "quote", "quotes")),
	TRIVIA("Trivia", Set.of("trivia", "background"));

	private final String label;

	private final Set<String> intentWords;

	SearchKind(String label, Set<String> intentWords) {
		this.label = label;
		this.intentWords = intentWords;
	}

	/** The heading of this kind's group of results. */
	public String label() {
		return label;
	}

	boolean isIntentWord(String word) {
		return intentWords.contains(word);
	}

}
