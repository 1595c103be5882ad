package org.filmref.web;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a paged index: which page, of how many, and the addresses of the others. The index's first page has
 * no {@code page} parameter; the others add {@code page=N} to the index's own query ({@code ?letter=b&page=2}).
 * A page number outside 1 to the last page is a page that does not exist: {@link #of} throws
 * {@link NotFoundException} (404). An empty index has one, empty, page.
 *
 * @param path the index's path ({@code /films})
 * @param query the index's own query without the page ({@code letter=b}), or empty
 * @param page the page shown, from 1
 * @param size the most items a page shows
 * @param total how many items the index has
 */
public record Pagination(String path, String query, int page, int size, int total) {

	/** What an index page shows at most. */
	public static final int PAGE_SIZE = 100;

	/** The page; 404 when it does not exist. */
	public static Pagination of(String path, String query, int page, int total) {
		return of(path, query, page, PAGE_SIZE, total);
	}

	static Pagination of(String path, String query, int page, int size, int total) {
		Pagination pagination = new Pagination(path, query, page, size, total);
		if (page < 1 || page > pagination.pageCount()) {
			throw new NotFoundException("page", page);
		}
		return pagination;
	}

	public int pageCount() {
		return Math.max(1, (total + size - 1) / size);
	}

	/** This page's part of the index's items, which are all of them in order. */
	public <T> List<T> slice(List<T> items) {
		return items.subList(Math.min(items.size(), (page - 1) * size), Math.min(items.size(), page * size));
	}

	/** The number of the page's first item, from 1 (0 for an empty index). */
	public int first() {
		return total == 0 ? 0 : (page - 1) * size + 1;
	}

	public int last() {
		return Math.min(total, page * size);
	}

	public boolean paged() {
		return pageCount() > 1;
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pageCount();
	}

	/** The address of page {@code n}: the first without a page parameter. */
	public String href(int n) {
		StringBuilder href = new StringBuilder(path);
		if (!query.isEmpty()) {
			href.append('?').append(query);
		}
		if (n > 1) {
			href.append(query.isEmpty() ? '?' : '&').append("page=").append(n);
		}
		return href.toString();
	}

	/** This page's own, canonical address. */
	public String canonical() {
		return href(page);
	}

	/** " – page 2 of 14" for a title, or nothing on an index's first page. */
	public String titleSuffix() {
		return page > 1 ? " – page " + page + " of " + pageCount() : "";
	}

	/**
	 * The page numbers the pagination shows: the first, the last and two either side of this one; 0 stands for the
	 * pages left out between them.
	 */
	public List<Integer> numbers() {
		List<Integer> numbers = new ArrayList<>();
		int count = pageCount();
		for (int n = 1; n <= count; n++) {
			if (n == 1 || n == count || Math.abs(n - page) <= 2) {
				numbers.add(n);
			}
			else if (numbers.get(numbers.size() - 1) != 0) {
				numbers.add(0);
			}
		}
		return numbers;
	}

}
