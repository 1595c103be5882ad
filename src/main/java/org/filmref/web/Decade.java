package org.filmref.web;

import java.util.regex.Pattern;

/**
 * Ten years from a year ending in 0: the 1990s are 1990 to 1999. Read from an address as {@code ?decade=1990};
 * anything else (1995, 199, "nineties") fails conversion and is answered 400.
 */
public record Decade(int start) {

	private static final Pattern PARAM = Pattern.compile("[1-9][0-9]{2}0");

	public Decade {
		if (start % 10 != 0 || start < 1000 || start > 9990) {
			throw new IllegalArgumentException("Not a decade: " + start);
		}
	}

	public static Decade valueOf(String param) {
		if (!PARAM.matcher(param).matches()) {
			throw new IllegalArgumentException("Not a decade: " + param);
		}
		return new Decade(Integer.parseInt(param));
	}

	/** The decade of a year, or {@code null} for no year. */
	public static Decade of(Integer year) {
		return year == null ? null : new Decade(year - year % 10);
	}

	/** "1990s". */
	public String label() {
		return start + "s";
	}

	/** The address parameter's value: "1990". */
	public String param() {
		return String.valueOf(start);
	}

	@Override
	public String toString() {
		return param();
	}

}
