package org.filmref.award;

import java.util.List;

import org.filmref.reference.CitedReference;
import org.filmref.reference.Footnote;
import org.filmref.web.Description;
import org.filmref.web.Link;

/**
 * The view models of the award pages: the index of award bodies, one body with its ceremonies, and one ceremony with
 * the whole field of each category.
 */
public final class AwardViews {

	private AwardViews() {
	}

	public record AwardIndex(List<Body> bodies) {

		/** "Film awards on filmref, …: Academy Awards, Golden Globe Awards, …" */
		public String metaDescription() {
			return Description.listing(
					"Film awards on filmref, with the whole field of each category and how the site's films fared: ",
					bodies.stream().map(Body::name).toList(), ".");
		}

	}

	public record Body(String slug, String name, String shortName, String presenter, String description,
			List<CeremonyItem> ceremonies) {

		public String path() {
			return Award.path(slug);
		}

		/** Its own description, or who presents it and its ceremonies on the site. */
		public String metaDescription() {
			if (description != null) {
				return description;
			}
			return Description.listing(
					"The " + name + (presenter != null ? ", presented by the " + presenter : "") + ". Ceremonies: ",
					ceremonies.stream().map(item -> item.ceremony().label()).toList(), ".");
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

		/**
		 * When the ceremony was held and who hosted it, and its winners, as many as fit: "The 68th Academy Awards, held on
		 * 25 March 1996, hosted by Whoopi Goldberg. Winners: Nicolas Cage (Best Actor), … and 2 more."
		 */
		public String metaDescription() {
			String head = "The " + name + (date != null ? ", held on " + date : ", held in " + year)
					+ (host != null ? ", hosted by " + host : "") + ".";
			List<String> winners = categories.stream()
				.flatMap(category -> category.field()
					.stream()
					.filter(NomineeRow::won)
					.map(row -> winner(row) + " (" + category.name() + ")"))
				.toList();
			return winners.isEmpty() ? head : Description.listing(head + " Winners: ", winners, ".");
		}

		/** The people who won, or the film where the award went to a film. */
		private static String winner(NomineeRow row) {
			if (!row.nominees().isEmpty()) {
				return Description.join(row.nominees().stream().map(Link::label).toList());
			}
			return row.film() != null ? row.film().label() : "";
		}

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
