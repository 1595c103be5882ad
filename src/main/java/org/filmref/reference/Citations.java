package org.filmref.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers a page's references in reading order, as encyclopedias do, and gives the References list with back links
 * ("a", "b", ...) to every citing mark.
 *
 * <p>
 * A page is read in parts (the infobox, the background, the reception, ...). {@link #part()} makes the next part, so
 * a page makes its parts in reading order, up front, and may then build them in any order: marks are numbered by
 * part, and within a part in the order cited, once {@link #references()} is asked for. A mark cited on the page
 * itself is a part of its own. One instance per page assembly; not thread-safe.
 */
public final class Citations {

	private final Citations page;

	/** The page's parts in reading order; {@code null} on a part. */
	private final List<Citations> parts;

	private final List<Reference> cited = new ArrayList<>();

	private final List<Footnote> marks = new ArrayList<>();

	private References references;

	public Citations() {
		this.page = this;
		this.parts = new ArrayList<>();
	}

	private Citations(Citations page) {
		this.page = page;
		this.parts = null;
	}

	/** The next part of the page in reading order. */
	public Citations part() {
		if (page != this) {
			return page.part();
		}
		checkOpen();
		Citations part = new Citations(this);
		parts.add(part);
		return part;
	}

	public Footnote cite(Reference reference) {
		if (page == this) {
			return part().cite(reference);
		}
		page.checkOpen();
		Footnote mark = new Footnote();
		cited.add(reference);
		marks.add(mark);
		return mark;
	}

	public List<Footnote> cite(Collection<Reference> references) {
		Citations part = page == this ? part() : this;
		List<Footnote> footnotes = new ArrayList<>(references.size());
		for (Reference reference : references) {
			footnotes.add(part.cite(reference));
		}
		return footnotes;
	}

	public List<Footnote> citeIfPresent(Reference reference) {
		return reference == null ? List.of() : List.of(cite(reference));
	}

	/** The page's References list; numbers every mark cited so far, after which nothing more can be cited. */
	public References references() {
		if (page != this) {
			return page.references();
		}
		if (references == null) {
			references = number();
		}
		return references;
	}

	private References number() {
		Map<Long, Entry> entries = new LinkedHashMap<>();
		for (Citations part : parts) {
			for (int i = 0; i < part.marks.size(); i++) {
				Reference reference = part.cited.get(i);
				Entry entry = entries.computeIfAbsent(reference.getId(),
						id -> new Entry(entries.size() + 1, ReferenceView.of(reference)));
				String id = "cite-" + entry.number + "-" + backlinkLetter(entry.citedFrom.size());
				entry.citedFrom.add(id);
				part.marks.get(i).numbered(entry.number, id, "ref-" + entry.number);
			}
		}
		return new References(entries.values()
			.stream()
			.map(entry -> new CitedReference(entry.number, "ref-" + entry.number, entry.reference,
					List.copyOf(entry.citedFrom)))
			.toList());
	}

	private void checkOpen() {
		if (references != null) {
			throw new IllegalStateException("The page's references are already numbered");
		}
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
