package org.filmref.reference;

/**
 * A footnote mark in running text.
 *
 * @param number the reference's number on the page
 * @param id this mark's own id, the target of the reference's back link
 * @param target the id of the reference in the page's References list
 */
public record Footnote(int number, String id, String target) {

}
