package org.filmref.award;

import java.util.List;

import org.filmref.reference.CitedReference;
import org.filmref.reference.Footnote;
import org.filmref.web.Link;

/**
 * The view models of the award pages: the index of award bodies, one body with its ceremonies, and one ceremony with
 * the whole field of each category.
 */
public final class AwardViews {

	private AwardViews() {
	}

	public record AwardIndex(List<Body> bodies) {
	}

	public record Body(String slug, String name, String shortName, String presenter, String description,
			List<CeremonyItem> ceremonies) {

		public String path() {
			return Award.path(slug);
		}

	}

	/** A ceremony as the index and body pages list it, with how the site's films fared there. */
	public record CeremonyItem(Link ceremony, String date, Integer filmYear, List<FilmTally> films) {
	}

	/**
	 * A film with a page and its record at one ceremony; {@code film} links to the film page's awards section.
	 */
	public record FilmTally(Link film, int nominations, int wins) {

		/** "4 nominations, 1 win". */
		public String summary() {
			return nominations + (nominations == 1 ? " nomination, " : " nominations, ") + wins
					+ (wins == 1 ? " win" : " wins");
		}

	}

	/**
	 * @param sources the footnote marks for the ceremony's own references
	 */
	public record CeremonyPage(Link award, String name, int edition, int year, Integer filmYear, String date,
			String nominationsDate, String venue, String host, String broadcaster, String note,
			List<Footnote> sources, List<FilmTally> films, List<CategorySection> categories,
			List<CitedReference> references) {
	}

	/**
	 * One category at the ceremony with its whole field, as far as the site knows it.
	 *
	 * @param slug the category's anchor on the page
	 * @param personal whether the category honours people (a nominee column) rather than films only
	 */
	public record CategorySection(String slug, String name, String officialName, boolean fieldComplete, String note,
			boolean personal, List<NomineeRow> field) {

		public boolean hasOfficialName() {
			return officialName != null && !officialName.equals(name);
		}

	}

	/**
	 * One entry in a category's field.
	 *
	 * @param featured whether the film has a page on the site (its rows are highlighted)
	 */
	public record NomineeRow(List<Link> nominees, Link film, boolean won, boolean featured, String detail,
			String note, List<Footnote> footnotes) {
	}

}
