package org.filmref.award.data;

import java.util.List;

/**
 * One nomination in the neutral form every award data file is converted into, whatever its columns: the ceremony
 * (edition, the year it was held, the films' year), the category (as worded at that ceremony, and the site's
 * category it belongs to), the nominees and films it names (with IMDb ids where the file has them), and the result.
 * {@link AwardImporter} loads a list of these for one award body.
 *
 * @param edition the ceremony's ordinal (68 for the 68th Academy Awards)
 * @param ceremonyYear the year the ceremony was held
 * @param filmYears the films' year(s) as the source writes them ("1995", "1927/28")
 * @param filmYear the first year of the films honoured
 * @param category the category's wording at that ceremony
 * @param categoryKey the site's category: its canonical name (award_category.canonical_name)
 * @param categoryClass the category's class (Title, Acting, Directing, Writing, Music, Production, Special…)
 * @param nominees the nominees, in order (may be empty: a picture award names the film alone)
 * @param films the films, in order (may be empty: an honorary award)
 * @param won whether the nomination won (an honorary award given is won)
 * @param name the nominee as the award body words it, or null
 * @param detail the character played, the song's title, a country; or null
 * @param details one detail per film where a nomination covers several films, otherwise empty
 * @param note a remark (posthumous, declined, tie) or null
 * @param citation the official wording of an honorary award, or null
 */
public record AwardEntry(int edition, int ceremonyYear, String filmYears, int filmYear, String category,
		String categoryKey, String categoryClass, List<Credit> nominees, List<Credit> films, boolean won, String name, String detail,
		List<String> details, String note, String citation) {

	/**
	 * A person, company or film as the file names it, with its IMDb id ({@code nm…}, {@code co…}, {@code tt…}) where
	 * the file gives one; {@code person} is false for a name that is not a person's (an honorary award to a film,
	 * a team), which is shown as written and gets no page.
	 */
	public record Credit(String name, String imdbId, boolean person) {

		public static Credit named(String name) {
			return new Credit(name, null, true);
		}

	}

}
