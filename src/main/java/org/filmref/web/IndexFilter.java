package org.filmref.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a browsable index ({@code /films}, {@code /people}) shows: everything, the items under a letter
 * ({@code ?letter=b}), those of a decade ({@code ?decade=1990}), or both; with the addresses of the other letters and
 * decades. Paged by {@link Pagination}.
 *
 * @param path the index's path
 * @param letter the letter shown, or {@code null} for all
 * @param decade the decade shown, or {@code null} for all
 */
public record IndexFilter(String path, Letter letter, Decade decade) {

	/**
	 * Every page of an index: all items, each letter and each decade that has items, page by page, for the sitemap.
	 */
	public static <T> List<String> addresses(String path, List<T> all, Function<T, Letter> letterOf,
			Function<T, Decade> decadeOf) {
		List<IndexFilter> filters = new ArrayList<>();
		filters.add(new IndexFilter(path, null, null));
		Letter.all().forEach(letter -> filters.add(new IndexFilter(path, letter, null)));
		all.stream().map(decadeOf).filter(Objects::nonNull).distinct().sorted(Comparator.comparingInt(Decade::start))
			.forEach(decade -> filters.add(new IndexFilter(path, null, decade)));
		List<String> addresses = new ArrayList<>();
		for (IndexFilter filter : filters) {
			int total = (int) all.stream().filter(item -> filter.test(item, letterOf, decadeOf)).count();
			Pagination first = Pagination.of(path, filter.query(), 1, total);
			for (int page = 1; page <= first.pageCount(); page++) {
				addresses.add(first.href(page));
			}
		}
		return addresses;
	}

	/** Whether an item is shown, given its letter and decade (which may be {@code null}). */
	public <T> boolean test(T item, Function<T, Letter> letterOf, Function<T, Decade> decadeOf) {
		return (letter == null || letter.equals(letterOf.apply(item)))
				&& (decade == null || decade.equals(decadeOf.apply(item)));
	}

	/** The filter as an address's query, without a page: "letter=b", "decade=1990", or empty. */
	public String query() {
		List<String> params = new ArrayList<>();
		if (letter != null) {
			params.add("letter=" + letter.param());
		}
		if (decade != null) {
			params.add("decade=" + decade.param());
		}
		return String.join("&", params);
	}

	/** A to Z, then "#". */
	public List<Letter> letters() {
		return Letter.all();
	}

	public boolean all() {
		return letter == null && decade == null;
	}

	/** The index of everything. */
	public String allHref() {
		return path;
	}

	public String href(Letter other) {
		return path + "?letter=" + other.param();
	}

	public String href(Decade other) {
		return path + "?decade=" + other.param();
	}

	/** " under B", " of the 1990s", " under B of the 1990s", or nothing. */
	public String description() {
		return (letter != null ? " under " + letter.label() : "") + (decade != null ? " of the " + decade.label() : "");
	}

}
