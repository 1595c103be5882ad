package org.filmref.person;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.filmref.web.Decade;
import org.filmref.web.Description;
import org.filmref.web.IndexFilter;
import org.filmref.web.Letter;
import org.filmref.web.Link;
import org.filmref.web.NotFoundException;
import org.filmref.web.Pagination;

/**
 * One page of the people index {@code /people}: everyone the site names (the articles' people and every nominee of
 * the award data), by surname, under a letter or by the decade of their first nomination,
 * {@link Pagination#PAGE_SIZE} a page. People never nominated are only under their letter.
 *
 * @param decades the decades of first nominations, oldest first
 */
public record PersonIndex(IndexFilter filter, Pagination pagination, List<Entry> people, List<Decade> decades) {

	public static final String PATH = "/people";

	/** The page of the people the filter shows; 404 for a page or decade it does not have. */
	public static PersonIndex of(List<Entry> all, IndexFilter filter, int page) {
		List<Decade> decades = all.stream()
			.map(Entry::decade)
			.filter(Objects::nonNull)
			.distinct()
			.sorted(Comparator.comparingInt(Decade::start))
			.toList();
		if (filter.decade() != null && !decades.contains(filter.decade())) {
			throw new NotFoundException("people first nominated in the", filter.decade().label());
		}
		List<Entry> shown = all.stream().filter(entry -> filter.test(entry, Entry::letter, Entry::decade)).toList();
		Pagination pagination = Pagination.of(PATH, filter.query(), page, shown.size());
		return new PersonIndex(filter, pagination, pagination.slice(shown), decades);
	}

	/** Entries in index order: by sort name, accents and case ignored. */
	public static List<Entry> sorted(List<Entry> entries) {
		return entries.stream().sorted(Letter.indexOrder(entries, Entry::sortName)).toList();
	}

	/** "People", "People under B", "People first nominated in the 1990s", with " – page 2 of 14" if paged. */
	public String title() {
		return "People" + (filter.letter() != null ? " under " + filter.letter().label() : "")
				+ (filter.decade() != null ? " first nominated in the " + filter.decade().label() : "")
				+ pagination.titleSuffix();
	}

	public String metaDescription() {
		return Description.listing(title() + ": " + pagination.total()
				+ " people in filmref, the articles' cast, crew and writers and every Academy Award nominee: ",
				people.stream().map(entry -> entry.person().label()).toList(), ".");
	}

	/**
	 * @param years "1960–1994", or {@code null} where the site has no dates
	 * @param firstNomination the film year of the person's first award nomination, or {@code null}
	 * @param letter where the sort name is filed
	 * @param decade the first nomination's, or {@code null}
	 */
	public record Entry(Link person, String sortName, String years, List<KnownFor> knownFor, Integer firstNomination,
			Letter letter, Decade decade) {

		/** Filed under the sort name's letter and the first nomination's decade, worked out once. */
		public static Entry of(Link person, String sortName, String years, List<KnownFor> knownFor,
				Integer firstNomination) {
			return new Entry(person, sortName, years, knownFor, firstNomination, Letter.of(sortName),
					Decade.of(firstNomination));
		}

	}

	/** A work and the person's part in it: "Leaving Las Vegas (1995 film): director, screenplay". */
	public record KnownFor(Link work, String kind, List<String> roles) {

		/** A work of the given kind, with its year where known: "1995 film". */
		public static KnownFor of(Link work, Integer year, String kind, List<String> roles) {
			return new KnownFor(work, (year != null ? year + " " : "") + kind, roles);
		}

		public String description() {
			return kind + (roles.isEmpty() ? "" : ": " + String.join(", ", roles));
		}

	}

}
