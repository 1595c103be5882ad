package org.filmref.award;

/**
 * A film's or person's nominations and wins at one award body, counted by the database.
 */
public record Tally(Long id, String slug, String name, boolean hasPage, long nominations, long wins) {
}
