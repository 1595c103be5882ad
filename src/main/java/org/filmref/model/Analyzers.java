package org.filmref.model;

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

	private Analyzers() {
	}

}
