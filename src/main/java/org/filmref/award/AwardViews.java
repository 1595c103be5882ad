package org.filmref.award;

import java.util.List;
import java.util.stream.Collectors;

import org.filmref.award.NominationView.Segment;
import org.filmref.reference.Footnote;
import org.filmref.reference.References;
import org.filmref.web.Description;
import org.filmref.web.JsonLd;
import org.filmref.web.Html;
import org.filmref.web.Link;

/**
 * The view models of the award pages: the index of award bodies, one body with its ceremonies, categories and
 * records, one ceremony with the whole field of each category, and one category's history. A nomination is shown
 * the same way everywhere: a {@link NominationView}.
 */
public final class AwardViews {

	/** The rows of each {@link Field}'s table, kept after its second render. */
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

	/**
	 * An award body with its ceremonies by decade, its categories (each linking to its history) and, where it has
	 * enough data, its records.
	 */
	public record Body(String slug, String name, String shortName, String presenter, String description,
			List<CeremonyItem> ceremonies, List<Decade> decades, List<Link> categories, Records records,
			Coverage coverage) {

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

	/**
	 * What the site holds of an award body: how many of its ceremonies, of how many held, which are missing (with
	 * their years), what its data leaves out, and whom it credits; a body without a data set ({@code credit} null)
	 * holds curated ceremonies only and shows no records.
	 *
	 * @param held the ceremonies the body has held, or null where not known
	 * @param missing the missing editions as ranges: "50th–53rd (1997–2000)"
	 */
	public record Coverage(int present, Integer held, Integer firstHeld, Integer lastHeld, List<String> missing,
			String editionNote, String scope, DataCredit credit) {

		/** Whether the site holds every ceremony held. */
		public boolean complete() {
			return missing.isEmpty() && held != null;
		}

		public boolean curatedOnly() {
			return credit == null;
		}

		/**
		 * The editions not present, as ranges of consecutive editions with their years. The editions held before the
		 * first numbered one (the BAFTA film awards' 1st and 2nd, both of 1949) are one ceremony of the data: present
		 * when one of them is, else named by their year alone.
		 */
		static List<String> missing(java.util.Set<Integer> present, Integer held, int numberedFrom,
				java.util.function.IntFunction<Integer> yearOf) {
			List<String> ranges = new java.util.ArrayList<>();
			if (held == null) {
				return ranges;
			}
			if (numberedFrom > 1 && present.stream().noneMatch(edition -> edition < numberedFrom)) {
				Integer year = yearOf.apply(1);
				ranges.add(year == null ? "earliest" : "earliest (" + year + ")");
			}
			int start = -1;
			for (int edition = numberedFrom; edition <= held + 1; edition++) {
				boolean gap = edition <= held && !present.contains(edition);
				if (gap && start < 0) {
					start = edition;
				}
				else if (!gap && start > 0) {
					int end = edition - 1;
					String editions = start == end ? Ordinals.of(start) : Ordinals.of(start) + "–" + Ordinals.of(end);
					Integer from = yearOf.apply(start);
					Integer to = yearOf.apply(end);
					String years = from == null ? "" : start == end ? " (" + from + ")" : " (" + from + "–" + to + ")";
					ranges.add(editions + years);
					start = -1;
				}
			}
			return ranges;
		}

	}

	/** The ceremonies honouring the films of one decade, e.g. the 1920s. */
	public record Decade(String label, List<CeremonyItem> ceremonies) {

		/** The decade as an anchor: "1920s". */
		public String id() {
			return label;
		}

	}

	/** A ceremony as the index and body pages list it, with how the site's films fared there. */
	public record CeremonyItem(Link ceremony, String date, String filmYears, List<FilmTally> films) {
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
	 * @param filmYears the year(s) of the films honoured, as the Academy writes them ("1927/28")
	 * @param sources the footnote marks for the ceremony's own references
	 * @param startDate the day it was held (ISO 8601), or only its year where the day is not known
	 * @param presenter who presents the award ("Academy of Motion Picture Arts and Sciences"), or {@code null}
	 */
	public record CeremonyPage(Link award, String name, int edition, int year, String filmYears, String date,
			String nominationsDate, String venue, String host, String broadcaster, String note,
			List<Footnote> sources, List<FilmTally> films, List<CategorySection> categories,
			References references, String startDate, String presenter, Link season, DataCredit credit) {

		/** The marks of the ceremony's own sources, for {@code th:utext}. */
		public Html sourceMarks() {
			return Footnote.marks(sources);
		}

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
					.filter(NominationView::won)
					.map(entry -> winner(category, entry) + " (" + category.name() + ")"))
				.toList();
			return winners.isEmpty() ? head : Description.listing(head + " Winners: ", winners, ".");
		}

		/**
		 * The ceremony as a schema.org {@code Event}: when and where it was held, who presented it, and its page.
		 */
		public JsonLd.Node event(String url) {
			return JsonLd.document("Event")
				.put("@id", url + "#event")
				.put("name", name)
				.put("url", url)
				.put("description", metaDescription())
				.put("startDate", startDate)
				.put("location", venue == null ? null : JsonLd.node("Place").put("name", venue))
				.put("organizer", presenter == null ? null : JsonLd.node("Organization").put("name", presenter))
				.put("superEvent", JsonLd.node("EventSeries").put("name", award.label()));
		}

		/** The film for Best Picture and where no one is credited, else the credit: "Nicolas Cage". */
		private static String winner(CategorySection category, NominationView entry) {
			if (entry.credited() && !category.slug().equals("best-picture")) {
				return entry.credit().stream().map(Segment::text).collect(Collectors.joining());
			}
			return entry.films().stream().map(film -> film.film().label()).collect(Collectors.joining(", "));
		}
	}

	/**
	 * One category at the ceremony with its whole field, as far as the site knows it.
	 *
	 * @param slug the category's anchor on the page
	 * @param officialName the category's name that year, as the Academy wrote it (in title case)
	 * @param history the category's history page
	 * @param personal whether the category names people or companies (a nominee column), not films only
	 */
	public record CategorySection(String slug, String name, String officialName, String history,
			boolean fieldComplete, String note, boolean personal, List<NominationView> field) implements Field {

		public boolean hasOfficialName() {
			return officialName != null && !officialName.equalsIgnoreCase(name);
		}

	}

	/**
	 * A category across the ceremonies, newest first unless {@code oldestFirst}.
	 *
	 * @param names the official names the category had, in the order they were used
	 */
	public record CategoryHistory(Link award, String slug, String name, String path, List<NameChange> names,
			boolean oldestFirst, int nominations, int wins, List<HistoryItem> ceremonies, DataCredit credit) {

		/**
		 * "Best Actress at the Academy Awards: the winner and nominees of each of 98 ceremonies, films of 1927/28 to
		 * 2025, 500 nominations. Official names: Actress, Actress in a Leading Role."
		 */
		public String metaDescription() {
			String head = name + " at the " + award.label() + ": the winner and nominees of each of " + ceremonies.size()
					+ (ceremonies.size() == 1 ? " ceremony" : " ceremonies");
			if (!names.isEmpty()) {
				head += ", films of " + names.get(0).first() + " to " + names.get(names.size() - 1).last();
			}
			head += ", " + nominations + (nominations == 1 ? " nomination." : " nominations.");
			List<String> official = names.stream().map(NameChange::officialName).distinct().toList();
			return official.isEmpty() ? head : Description.listing(head + " Official names: ", official, ".");
		}

	}

	/** An official name and the ceremonies that used it: "Actor", films of 1927/28 to 1975. */
	public record NameChange(String officialName, String first, String last) {

		public boolean single() {
			return first.equals(last);
		}

	}

	/** The category at one ceremony: its official name that year and its field. */
	public record HistoryItem(Link ceremony, String filmYears, String officialName, boolean personal,
			List<NominationView> field) implements Field {
	}

	/**
	 * A category's field at one ceremony as its table shows it ({@code award/parts :: field}), on the ceremony's page
	 * and in the category's history.
	 */
	public interface Field {

		/** The nominations, the winner first. */
		List<NominationView> field();

		/** Whether the category names people or companies (a nominee column), not films only. */
		boolean personal();

		/** Whether the table has a Detail column: a nomination with a detail, a note, a citation or a footnote. */
		default boolean detailed() {
			return NominationView.anyDetailed(field());
		}

	}

	/** Records computed from the data: each list is a top ten, ties at the tenth place included. */
	public record Records(List<Ranked> filmsByWins, List<Ranked> filmsByNominations, List<Ranked> peopleByNominations,
			List<Ranked> peopleByWins, List<Ranked> peopleWithoutWin) {

		public boolean isEmpty() {
			return filmsByWins.isEmpty() && peopleByNominations.isEmpty();
		}

	}

	/** A film or person and their totals. */
	public record Ranked(Link subject, long nominations, long wins) {
	}

}
