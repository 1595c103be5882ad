package org.filmref.search;

/**
 * How far a word may be misspelt and still match a name, shared by the query and the snippet highlighter so that
 * both agree. Short words must be exact, or "las" would match "was"; the first letter must always be right.
 */
final class Fuzziness {

	/** The first letter of a word must match exactly. */
	static final int EXACT_PREFIX = 1;

	private Fuzziness() {
	}

	/** Edits allowed for a word: none up to 3 letters, one up to 5, two beyond. */
	static int maxEdits(String word) {
		int length = word.length();
		return length <= 3 ? 0 : length <= 5 ? 1 : 2;
	}

	/**
	 * Damerau-Levenshtein (optimal string alignment) distance, as Lucene's fuzzy query counts edits: insertions,
	 * deletions, substitutions and transpositions of adjacent letters. Returns {@code limit + 1} as soon as the
	 * distance is known to exceed {@code limit}.
	 */
	static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			int rowMin = Integer.MAX_VALUE;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					value = Math.min(value, d[i - 2][j - 2] + 1);
				}
				d[i][j] = value;
				rowMin = Math.min(rowMin, value);
			}
			if (rowMin > limit) {
				return limit + 1;
			}
		}
		return d[a.length()][b.length()];
	}

}
