package org.filmref.film;

/**
 * A work that shares a film's title, for the film page's hatnote.
 *
 * @param kind {@code NOVEL}, {@code SONG} or {@code FILM}
 * @param by the novel's author or the song's performer, or {@code null}
 */
public record TitledWork(String kind, String slug, String title, Integer year, String by) {
}
