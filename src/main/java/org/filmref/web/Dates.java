package org.filmref.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Date formats used across the site: day first, month in words, so that no reader mistakes 5/10 for 10/5.
 */
public final class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private Dates() {
	}

	public static String day(LocalDate date) {
		return date == null ? null : DAY.format(date);
	}

	public static String month(LocalDate date) {
		return date == null ? null : MONTH.format(date);
	}

}
