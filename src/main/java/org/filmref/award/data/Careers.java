package org.filmref.award.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The career rules: whether a nomination of a name without a shared film is the nomination of one of the site's
 * people of that name, told by the kind of work of their nominations and how far apart they are. Two people who
 * share a name in different trades or eras stay apart.
 */
final class Careers {

	/** A nomination's kind of work (its category's class: Acting, Directing, Music…) and the films' year. */
	record Work(String categoryClass, int year) {
	}

	/** How far apart in years two nominations of the same kind of work may be to tell the same career. */
	private static final int CAREER_YEARS = 25;

	/** How far apart two nominations in one trade may be to tell one career, where the site has one person of the name. */
	private static final int TRADE_YEARS = 60;

	/** How far apart two nominations in neighbouring trades (an actor who directs, a cinematographer who directs) may be. */
	private static final int NEIGHBOUR_YEARS = 40;

	private static final Set<Set<String>> NEIGHBOURS = Set.of(Set.of("film-making", "acting"),
			Set.of("film-making", "music"), Set.of("acting", "music"), Set.of("film-making", "craft"),
			Set.of("craft", "science"));

	private Careers() {
	}

	/**
	 * Where no shared film tells, the career does: the only one of the site's people of that name nominated for the
	 * same kind of work (acting, directing, music…; an honorary award fits any) within {@value #CAREER_YEARS} years of one of this file's
	 * nominations of the name (the same kind of work first, then an honorary award on either side). Two people who
	 * share a name in different trades or eras stay apart; where two of the site's people fit, neither is taken.
	 */
	static Long sameCareer(List<Long> candidates, Set<Work> works, Map<Long, Set<Work>> careerOf) {
		List<Long> same = new ArrayList<>();
		List<Long> honoured = new ArrayList<>();
		for (Long candidate : candidates) {
			boolean sameKind = false;
			boolean anyKind = false;
			for (Work theirs : careerOf.getOrDefault(candidate, Set.of())) {
				for (Work ours : works) {
					if (Math.abs(theirs.year() - ours.year()) <= CAREER_YEARS) {
						sameKind |= theirs.categoryClass().equals(ours.categoryClass());
						anyKind |= sameWork(theirs.categoryClass(), ours.categoryClass());
					}
				}
			}
			if (sameKind) {
				same.add(candidate);
			}
			else if (anyKind) {
				honoured.add(candidate);
			}
		}
		if (same.size() == 1) {
			return same.get(0);
		}
		return same.isEmpty() && honoured.size() == 1 ? honoured.get(0) : null;
	}

	/**
	 * The last test before a new page: where the site has one person of the name, a nomination is theirs when it is in
	 * the same trade as one of theirs within {@value #TRADE_YEARS} years (a career: Hume Cronyn's nominations are 52
	 * years apart), or in a neighbouring trade within {@value #NEIGHBOUR_YEARS} (film-making, acting and music border
	 * each other; film-making and the crafts; the crafts and science). An actor and a visual-effects artist of one
	 * name stay two; the reviewed exceptions are in the overrides.
	 */
	static boolean oneCareer(Set<Work> theirs, Work ours) {
		String trade = trade(ours.categoryClass());
		if (trade == null) {
			return false;
		}
		for (Work work : theirs) {
			String other = trade(work.categoryClass());
			if (other == null) {
				continue;
			}
			int years = Math.abs(work.year() - ours.year());
			if ((trade.equals(other) || trade.equals("honorary") || other.equals("honorary")) && years <= TRADE_YEARS) {
				return true;
			}
			if (!trade.equals(other) && NEIGHBOURS.contains(Set.of(trade, other)) && years <= NEIGHBOUR_YEARS) {
				return true;
			}
		}
		return false;
	}

	/** A category class's trade: the film, its direction and writing are film-making; production design and the rest crafts. */
	static String trade(String categoryClass) {
		if (categoryClass == null) {
			return null;
		}
		return switch (categoryClass) {
			case "Title", "Directing", "Writing" -> "film-making";
			case "Acting" -> "acting";
			case "Music" -> "music";
			case "Production" -> "craft";
			case "SciTech" -> "science";
			case "Special" -> "honorary";
			default -> null;
		};
	}

	/** The same kind of work; an honorary award (class Special) honours a career of any kind. */
	private static boolean sameWork(String one, String other) {
		return one.equals(other) || "Special".equals(one) || "Special".equals(other);
	}

}
