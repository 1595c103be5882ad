package org.filmref.film;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.filmref.web.Decade;
import org.filmref.web.Description;
import org.filmref.web.IndexFilter;
import org.filmref.web.Letter;
import org.filmref.web.Link;
import org.filmref.web.NotFoundException;
import org.filmref.web.Pagination;

/**
 * One page of the film index {@code /films}: every film the site knows (the articles and every film of the award
 * data), by title, under a letter or of a decade, {@link Pagination#PAGE_SIZE} a page.
 *
 * @param decades the decades that have films, oldest first
 */
public record FilmIndex(IndexFilter filter, Pagination pagination, List<Entry> films, List<Decade> decades) {

	public static final String PATH = "/films";

	/** The page of the films the filter shows; 404 for a page it does not have. */
	public static FilmIndex of(List<Entry> all, IndexFilter filter, int page) {
		List<Decade> decades = all.stream().map(Entry::decade).filter(Objects::nonNull).distinct()
			.sorted(Comparator.comparingInt(Decade::start)).toList();
		if (filter.decade() != null && !decades.contains(filter.decade())) {
			throw new NotFoundException("films of the", filter.decade().label());
		}
		List<Entry> shown = all.stream().filter(entry -> filter.test(entry, Entry::letter, Entry::decade)).toList();
		Pagination pagination = Pagination.of(PATH, filter.query(), page, shown.size());
		return new FilmIndex(filter, pagination, pagination.slice(shown), decades);
	}

	/** Every film in index order, with the address of its page where it has one. */
	public static List<Entry> entries(List<Film> films, Map<Long, Integer> awardYears) {
		List<Entry> entries = films.stream()
			.map(film -> Entry.of(film.link(),
					film.getReleaseYear() != null ? film.getReleaseYear() : awardYears.get(film.getId())))
			.toList();
		return entries.stream()
			.sorted(Letter.indexOrder(entries, (Entry entry) -> entry.film().label())
				.thenComparing(entry -> entry.year() == null ? 0 : entry.year()))
			.toList();
	}

	/** "Films", "Films under B", "Films of the 1990s", each with " – page 2 of 14" where there are more pages. */
	public String title() {
		return "Films" + filter.description() + pagination.titleSuffix();
	}

	public String metaDescription() {
		return Description.listing("Films" + filter.description() + " in filmref, " + pagination.total()
				+ " in all by title, the articles and every film nominated for an Academy Award: ",
				films.stream().map(Entry::label).toList(), ".");
	}

	/**
	 * @param film the title, linked where the film has a page
	 * @param year the release year, or the film year of its first Academy Award nomination; {@code null} if unknown
	 * @param letter where the title is filed
	 * @param decade the year's, or {@code null}
	 */
	public record Entry(Link film, Integer year, Letter letter, Decade decade) {

		/** Filed under the title's letter and the year's decade, worked out once. */
		static Entry of(Link film, Integer year) {
			return new Entry(film, year, Letter.of(film.label()), Decade.of(year));
		}

		/** "Braveheart (1995)". */
		public String label() {
			return film.label() + (year != null ? " (" + year + ")" : "");
		}

	}

}
