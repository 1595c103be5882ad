package org.filmref.award;

import java.util.List;

import org.filmref.web.Html;
import org.filmref.web.Link;

/**
 * A film's or a person's nominations, award body by award body (in the bodies' order), each body's in one table as
 * Wikipedia's "Accolades" tables are, oldest ceremony first: what the award feature gives the film and person pages
 * ({@link AwardsOfFilms}, {@link AwardsOfPeople}), shown by its fragment {@code award/accolades :: accolades}. Totals
 * are per body: nominations of different award bodies are never added up.
 *
 * @param phrase each body's totals in a sentence's words ({@link #phrase(List)})
 * @param seasons the awards seasons of the ceremonies, in order, linked ({@link #seasons(List)})
 */
public record Accolades(List<Body> bodies, String phrase, List<Link> seasons) {

	public static final Accolades NONE = new Accolades(List.of());

	/** The bodies' nominations, with their phrase and seasons written once (not at every render). */
	public Accolades(List<Body> bodies) {
		this(bodies, phrase(bodies), seasons(bodies));
	}

	public boolean isEmpty() {
		return bodies.isEmpty();
	}

	/** The films named in the nominations, linked, in order, each once. */
	public List<Link> films() {
		return bodies.stream()
			.flatMap(body -> body.rows().stream())
			.flatMap(row -> row.nomination().films().stream())
			.map(NominationView.FilmRef::film)
			.filter(Link::linked)
			.distinct()
			.toList();
	}

	/** "Academy Award for Best Actor (1996)", each award won (honorary awards included), once. */
	/** Whom the page owes the data of the bodies it shows: each data set once, in the order of the bodies. */
	public List<DataCredit> credits() {
		return bodies.stream().map(Body::credit).filter(java.util.Objects::nonNull).distinct().toList();
	}

	public List<String> won() {
		return bodies.stream()
			.flatMap(body -> body.rows().stream())
			.filter(row -> row.nomination().won())
			.map(Row::awardName)
			.distinct()
			.toList();
	}

	/** The awards seasons of the ceremonies, in order: "Awards season 1995", linked. */
	private static List<Link> seasons(List<Body> bodies) {
		return bodies.stream()
			.flatMap(body -> body.rows().stream())
			.map(Row::filmYear)
			.filter(year -> year != null)
			.distinct()
			.sorted()
			.map(year -> new Link("Awards season " + year, AwardSeason.path(year)))
			.toList();
	}

	/** The year of the films honoured at the earliest ceremony: 1927 for "1927/28"; {@code null} if none is known. */
	public Integer firstFilmYear() {
		return bodies.stream()
			.flatMap(body -> body.rows().stream())
			.map(Row::filmYears)
			.filter(years -> years != null && years.length() >= 4)
			.map(years -> Integer.valueOf(years.substring(0, 4)))
			.min(Integer::compare)
			.orElse(null);
	}

	/**
	 * Each body's totals in a sentence's words: "2 wins from 3 nominations at the Academy Awards and 1 win from 1
	 * nomination at the Golden Globe Awards"; "no nominations" where there are none.
	 */
	private static String phrase(List<Body> bodies) {
		List<String> phrases = bodies.stream().map(Body::phrase).toList();
		if (phrases.isEmpty()) {
			return "no nominations";
		}
		return phrases.size() == 1 ? phrases.get(0)
				: String.join(", ", phrases.subList(0, phrases.size() - 1)) + " and " + phrases.get(phrases.size() - 1);
	}

	/**
	 * The phrase if it has at most {@code room} characters; else the first body's totals and how many other bodies
	 * nominated: "11 wins from 14 nominations at the Academy Awards, with nominations at 2 other award bodies" (never
	 * a sum over the bodies).
	 */
	public String phrase(int room) {
		String phrase = phrase();
		int others = bodies.size() - 1;
		if (others < 1 || phrase.length() <= room) {
			return phrase;
		}
		return bodies.get(0).phrase() + ", with nominations at " + others
				+ (others == 1 ? " other award body" : " other award bodies");
	}

	/**
	 * One award body's nominations.
	 *
	 * @param award the award body, linked to its page
	 * @param rows its nominations (and honorary awards), oldest ceremony first
	 * @param honours the honorary awards received, named apart: "Cecil B. DeMille Award (1999)"
	 * @param others whether any nomination names other nominees (a person's page: the "Shared with" column)
	 * @param detailed whether any nomination has a detail, a note or a citation (the "Detail" column)
	 * @param credit the body's data set, to be credited; null for curated ceremonies only
	 * @param creditedAs the titles or names by which the body's data credits the film or person where they differ
	 * from the site's ("Sunset Boulevard" for <i>Sunset Blvd.</i>, "J. Carroll Naish" for J. Carrol Naish)
	 * @param totals "6 wins from 17 nominations, and the Cecil B. DeMille Award (1999)", "1 nomination", "the Honorary
	 * Award (1991)": the table's caption, written once with the body
	 */
	public record Body(Link award, List<Row> rows, List<String> honours, boolean others, boolean detailed,
			DataCredit credit, List<String> creditedAs, String totals) {

		public Body(Link award, List<Row> rows, List<String> honours, boolean others, boolean detailed,
				DataCredit credit, List<String> creditedAs) {
			this(award, rows, honours, others, detailed, credit, creditedAs, totals(rows, honours));
		}

		/** The competitive nominations: honorary awards are given, not competed for, and are named apart. */
		public int nominations() {
			return nominations(rows);
		}

		public int wins() {
			return wins(rows);
		}

		private static int nominations(List<Row> rows) {
			return (int) rows.stream().filter(row -> !row.honorary()).count();
		}

		private static int wins(List<Row> rows) {
			return (int) rows.stream().filter(row -> !row.honorary() && row.nomination().won()).count();
		}

		private static String totals(List<Row> rows, List<String> honours) {
			String count = count(rows);
			if (honours.isEmpty()) {
				return count;
			}
			return count.isEmpty() ? honoursNamed(honours) : count + ", and " + honoursNamed(honours);
		}

		/**
		 * "6 wins from 17 nominations at the Golden Globe Awards, with the Cecil B. DeMille Award (1999)", "the
		 * Honorary Award (1991) at the Academy Awards".
		 */
		public String phrase() {
			String count = count(rows);
			if (count.isEmpty()) {
				return honoursNamed(honours) + " at the " + award.label();
			}
			return count + " at the " + award.label() + (honours.isEmpty() ? "" : ", with " + honoursNamed(honours));
		}

		/** "Golden Globe Awards: 6 wins from 17 nominations, and the Cecil B. DeMille Award (1999)". */
		public String summary() {
			return award.label() + ": " + totals();
		}

		/** "11 wins from 14 nominations", "1 nomination", or nothing where there are only honorary awards. */
		private static String count(List<Row> rows) {
			int nominations = nominations(rows);
			int wins = wins(rows);
			String count = nominations == 0 ? "" : nominations + (nominations == 1 ? " nomination" : " nominations");
			return wins == 0 ? count : wins + (wins == 1 ? " win" : " wins") + " from " + count;
		}

		/** "the Honorary Award (1932)", "the Honorary Award (1932) and the Irving G. Thalberg Memorial Award (1942)". */
		private static String honoursNamed(List<String> honours) {
			List<String> named = honours.stream().map(honour -> "the " + honour).toList();
			return named.size() == 1 ? named.get(0)
					: String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
		}

	}

	/**
	 * One nomination (or honorary award) with its ceremony and category.
	 *
	 * @param ceremony the ceremony, "1996 (68th)", linked to its page
	 * @param filmYears the year(s) of the films the ceremony honoured, as the award body writes them ("1927/28")
	 * @param filmYear the film year whose awards season the ceremony belongs to, or {@code null}
	 * @param category the category's name, linked to its history
	 * @param awardName "Academy Award for Best Actor (1996)": how structured data names the award
	 * @param honorary whether it is an honorary award (given, not competed for)
	 * @param others the other nominees of a shared nomination, on a person's page (empty on a film's)
	 * @param othersHtml the other nominees as the "Shared with" column shows them ({@code th:utext}), written once with
	 * the row: each linked where they have a page, separated by commas
	 * @param ceremonyHtml the ceremony linked, as its cell shows it ({@code th:utext}), written once with the row (a
	 * category's name is the template's text: it may hold an apostrophe, which {@code th:text} writes {@code &#39;})
	 */
	public record Row(Link ceremony, String filmYears, Integer filmYear, Link category, String awardName, boolean honorary,
			List<Link> others, NominationView nomination, Html othersHtml, Html ceremonyHtml) {

		public Row(Link ceremony, String filmYears, Integer filmYear, Link category, String awardName,
				boolean honorary, List<Link> others, NominationView nomination) {
			this(ceremony, filmYears, filmYear, category, awardName, honorary, others, nomination, Link.joined(others),
					ceremony.html());
		}

	}

}
