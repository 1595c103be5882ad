package org.filmref.reference;

import java.util.List;

/**
 * An entry of a page's References list, with links back to every place on the page that cites it.
 */
public record CitedReference(int number, String id, ReferenceView reference, List<String> citedFrom) {

}
