package org.filmref.film;

/**
 * The kind of a film's music entry.
 */
public enum MusicKind {

	SCORE, SONG, ALBUM

}
