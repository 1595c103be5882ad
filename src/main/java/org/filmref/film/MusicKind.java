package org.filmref.film;

/**
 * The kind of a film's music entry, with how the film page labels it.
 */
public enum MusicKind {

	SCORE("Score", "composed by"), SONG("Song", "performed by"), ALBUM("Soundtrack album", "performed by");

	private final String label;

	private final String creditedAs;

	MusicKind(String label, String creditedAs) {
		this.label = label;
		this.creditedAs = creditedAs;
	}

	/** "Score", "Song", "Soundtrack album". */
	public String label() {
		return label;
	}

	/** How the entry names its person: "composed by" for a score, "performed by" otherwise. */
	public String creditedAs() {
		return creditedAs;
	}

}
