package org.filmref.award;

import java.util.List;

import org.filmref.web.Link;

/**
 * A film's or a person's nominations, ceremony by ceremony, oldest first: what the award feature gives the film and
 * person pages ({@link AwardsOfFilms}, {@link AwardsOfPeople}), shown by its fragment
 * {@code award/parts :: nominations}.
 */
public record NominationsByCeremony(List<Group> ceremonies) {

	public static final NominationsByCeremony NONE = new NominationsByCeremony(List.of());

	public boolean isEmpty() {
		return ceremonies.isEmpty();
	}

	public int nominations() {
		return ceremonies.stream().mapToInt(group -> group.rows().size()).sum();
	}

	public int wins() {
		return ceremonies.stream().mapToInt(Group::wins).sum();
	}

	/** "11 wins from 14 nominations", "1 nomination". */
	public String totals() {
		int nominations = nominations();
		int wins = wins();
		String count = nominations + (nominations == 1 ? " nomination" : " nominations");
		return wins == 0 ? count : wins + (wins == 1 ? " win" : " wins") + " from " + count;
	}

	/** The first ceremony with a nomination, or {@code null}. */
	public Group first() {
		return ceremonies.isEmpty() ? null : ceremonies.get(0);
	}

	/** The last ceremony with a nomination, or {@code null}. */
	public Group last() {
		return ceremonies.isEmpty() ? null : ceremonies.get(ceremonies.size() - 1);
	}

	/** The films named in the nominations, linked, in order, each once. */
	public List<Link> films() {
		return ceremonies.stream()
			.flatMap(group -> group.rows().stream())
			.flatMap(row -> row.nomination().films().stream())
			.map(NominationView.FilmRef::film)
			.filter(Link::linked)
			.distinct()
			.toList();
	}

	/**
	 * The nominations at one ceremony.
	 *
	 * @param filmYears the year(s) of the films honoured, as the Academy writes them ("1927/28")
	 */
	public record Group(Link award, Link ceremony, String date, String filmYears, List<Row> rows) {

		public int wins() {
			return (int) rows.stream().filter(row -> row.nomination().won()).count();
		}

		/** Whether a nomination here has a detail, a note or a citation: the table's Detail column. */
		public boolean detailed() {
			for (Row row : rows) {
				if (row.nomination().detailed()) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * One nomination with its category.
	 *
	 * @param category the category's name, linking to its field on the ceremony page
	 * @param history the category's history page, or {@code null} where the award body has none
	 * @param awardName "Academy Award for Best Actor (1996)": how structured data names the award
	 */
	public record Row(Link category, String history, String awardName, NominationView nomination) {
	}

}
