package org.filmref.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers a page's references in the order they are first cited, as encyclopedias do. Build the page's sections in
 * reading order, calling {@link #cite} for each source; then {@link #references()} gives the References list with
 * back links ("a", "b", ...) to every citing mark. One instance per page assembly; not thread-safe.
 */
public final class Citations {

	private final Map<Long, Entry> entries = new LinkedHashMap<>();

	public Footnote cite(Reference reference) {
		Entry entry = entries.computeIfAbsent(reference.getId(),
				id -> new Entry(entries.size() + 1, ReferenceView.of(reference)));
		String id = "cite-" + entry.number + "-" + backlinkLetter(entry.citedFrom.size());
		entry.citedFrom.add(id);
		return new Footnote(entry.number, id, "ref-" + entry.number);
	}

	public List<Footnote> cite(Collection<Reference> references) {
		List<Footnote> footnotes = new ArrayList<>(references.size());
		for (Reference reference : references) {
			footnotes.add(cite(reference));
		}
		return footnotes;
	}

	public List<Footnote> citeIfPresent(Reference reference) {
		return reference == null ? List.of() : List.of(cite(reference));
	}

	public List<CitedReference> references() {
		return entries.values()
			.stream()
			.map(entry -> new CitedReference(entry.number, "ref-" + entry.number, entry.reference,
					List.copyOf(entry.citedFrom)))
			.toList();
	}

	private static String backlinkLetter(int index) {
		return index < 26 ? String.valueOf((char) ('a' + index)) : "z" + index;
	}

	private static final class Entry {

		private final int number;

		private final ReferenceView reference;

		private final List<String> citedFrom = new ArrayList<>();

		private Entry(int number, ReferenceView reference) {
			this.number = number;
			this.reference = reference;
		}

	}

}
