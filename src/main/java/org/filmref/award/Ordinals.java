package org.filmref.award;

/** English ordinals: 1st, 2nd, 3rd, 11th, 22nd. */
public final class Ordinals {

	private Ordinals() {
	}

	public static String of(int n) {
		int mod100 = n % 100;
		String suffix = (mod100 >= 11 && mod100 <= 13) ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

}
