package org.filmref.award;

/** A film's nominations and wins at one ceremony, counted by the database: a cell of an awards season. */
public record SeasonTally(Long filmId, String slug, String title, long ceremonyId, long nominations, long wins) {
}
