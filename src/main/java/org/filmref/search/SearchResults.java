package org.filmref.search;

import java.util.List;

import org.filmref.web.Description;

/**
 * What a search found, grouped by kind, the group with the best hit first.
 *
 * @param query the query as the reader typed it (trimmed)
 * @param words the words actually searched for, after stop words and intent words were set aside
 * @param groups the groups of hits, best first; empty when nothing matched
 */
public record SearchResults(String query, List<String> words, List<Group> groups) {

	/** "5 results on filmref for “cage”, among people, characters and reviews." */
	public String metaDescription() {
		if (isEmpty()) {
			return "No results on filmref for “" + query + "”.";
		}
		return Description.listing(total() + (total() == 1 ? " result" : " results") + " on filmref for “" + query
				+ "”, among ", groups.stream().map(group -> group.label().toLowerCase()).toList(), ".");
	}

	public int total() {
		return groups.stream().mapToInt(g -> g.hits().size()).sum();
	}

	public boolean isEmpty() {
		return groups.isEmpty();
	}

	/** The single best hit, or {@code null} when nothing matched. */
	public SearchHit best() {
		return groups.isEmpty() ? null : groups.get(0).hits().get(0);
	}

	/** The hits of one kind, best first. */
	public record Group(SearchKind kind, List<SearchHit> hits) {

		public String label() {
			return kind.label();
		}

	}

}
