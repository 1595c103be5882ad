package org.filmref.award;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.filmref.award.NominationView.FilmRef;
import org.filmref.award.NominationView.Segment;
import org.filmref.award.NominationsByCeremony.Group;
import org.filmref.award.NominationsByCeremony.Row;
import org.filmref.film.Film;
import org.filmref.person.Person;
import org.filmref.reference.Citations;
import org.filmref.reference.Footnote;
import org.filmref.web.Dates;
import org.filmref.web.Link;

/**
 * Turns a nomination into the {@link NominationView} every award list shows (the Academy's wording of the nominees
 * with each person linked to their page, the films as titled at the ceremony, detail, note and citation), and a film's
 * or person's nominations into {@link NominationsByCeremony}.
 */
final class Entries {

	private Entries() {
	}

	/**
	 * Nominations (of one film or person, in the order the page lists them) grouped by ceremony, each with its
	 * category, linked to the category's field at the ceremony and to its history. {@code self} is the address of
	 * the page that lists them: the film or person it is about is named there without a link to itself.
	 */
	static NominationsByCeremony byCeremony(List<Nomination> nominations, boolean withFilms, String self) {
		Map<Long, List<Row>> rows = new LinkedHashMap<>();
		Map<Long, Ceremony> ceremonies = new LinkedHashMap<>();
		for (Nomination nomination : nominations) {
			CeremonyCategory category = nomination.getCeremonyCategory();
			Ceremony ceremony = category.getCeremony();
			ceremonies.putIfAbsent(ceremony.getId(), ceremony);
			rows.computeIfAbsent(ceremony.getId(), id -> new ArrayList<>())
				.add(new Row(category.link(),
						AwardCategory.historyPath(ceremony.getAward().getSlug(), category.getCategory().getSlug()),
						awardName(category), of(nomination, null, withFilms, self)));
		}
		List<Group> groups = new ArrayList<>(rows.size());
		rows.forEach((id, ceremonyRows) -> {
			Ceremony ceremony = ceremonies.get(id);
			groups.add(new Group(ceremony.getAward().link(), ceremony.link(), Dates.day(ceremony.getHeldOn()),
					AwardPages.filmYears(ceremony), List.copyOf(ceremonyRows)));
		});
		return new NominationsByCeremony(List.copyOf(groups));
	}

	/** "Academy Award for Best Actor (1996)": an award as structured data names it. */
	static String awardName(CeremonyCategory category) {
		Award award = category.getCeremony().getAward();
		String body = award.getName().endsWith("s") ? award.getName().substring(0, award.getName().length() - 1)
				: award.getName();
		return body + " for " + category.getCategory().getName() + " (" + category.getCeremony().getCeremonyYear()
				+ ")";
	}

	/** An entry with the nomination's references cited through {@code citations}, or none if it is null. */
	static NominationView of(Nomination nomination, Citations citations) {
		return of(nomination, citations, true, null);
	}

	/**
	 * An entry, with its films only if {@code withFilms} (a film's own page lists its nominations without a film
	 * column, and so need not load them); nothing links to {@code self}, the address of the page that shows it.
	 */
	private static NominationView of(Nomination nomination, Citations citations, boolean withFilms, String self) {
		List<NominatedFilm> ofNomination = withFilms ? nomination.getFilms() : List.of();
		List<FilmRef> films = new ArrayList<>(ofNomination.size());
		boolean featured = false;
		for (NominatedFilm nominated : ofNomination) {
			Film film = nominated.getFilm();
			String title = nominated.getTitle();
			films.add(new FilmRef(film != null && !film.path().equals(self) ? new Link(title, film.path())
					: Link.plain(title), nominated.getDetail()));
			featured |= film != null && film.hasPage();
		}
		List<Footnote> footnotes = citations != null ? citations.cite(nomination.getReferences()) : List.of();
		String note = nomination.getNote() != null ? nomination.getNote().replace("|", "; ") : null;
		return new NominationView(nomination.isWon(), credit(nomination, self), films, nomination.getDetail(), note,
				nomination.getCitation(), footnotes, featured);
	}

	/**
	 * The nomination's wording with each nominee found in it marked; nominees the wording does not name as credited
	 * ("Harman-Ising" for Hugh Harman and Rudolf Ising) follow in brackets. Without a wording (the other award bodies,
	 * scientific awards), the nominees' names separated by commas. A nominee whose page is {@code self} (their own
	 * page) is named without a link.
	 */
	static List<Segment> credit(Nomination nomination, String self) {
		List<Segment> segments = new ArrayList<>();
		String wording = nomination.getName();
		List<Nominee> missing = new ArrayList<>();
		int cursor = 0;
		for (Nominee nominee : nomination.getNominees()) {
			String href = href(nominee, self);
			int[] found = wording == null ? null : find(wording, nominee.getCreditedAs(), cursor);
			if (found == null) {
				missing.add(nominee);
				continue;
			}
			add(segments, wording.substring(cursor, found[0]), null);
			add(segments, wording.substring(found[0], found[1]), href);
			cursor = found[1];
		}
		if (wording != null) {
			add(segments, wording.substring(cursor), null);
		}
		if (!missing.isEmpty()) {
			if (wording != null) {
				add(segments, " (", null);
			}
			for (int i = 0; i < missing.size(); i++) {
				if (i > 0) {
					add(segments, ", ", null);
				}
				add(segments, missing.get(i).getName(), href(missing.get(i), self));
			}
			if (wording != null) {
				add(segments, ")", null);
			}
		}
		return segments;
	}

	private static String href(Nominee nominee, String self) {
		Person person = nominee.getPerson();
		return person != null && !person.path().equals(self) ? person.path() : null;
	}

	/** Where the credited name is in the wording from {@code from} on, also written "Name, Jr." for "Name Jr.". */
	private static int[] find(String wording, String credited, int from) {
		if (credited == null || credited.isEmpty()) {
			return null;
		}
		int at = wording.indexOf(credited, from);
		if (at >= 0) {
			return new int[] { at, at + credited.length() };
		}
		for (String suffix : List.of(" Jr.", " Sr.")) {
			if (credited.endsWith(suffix)) {
				String comma = credited.substring(0, credited.length() - suffix.length()) + "," + suffix;
				at = wording.indexOf(comma, from);
				if (at >= 0) {
					return new int[] { at, at + comma.length() };
				}
			}
		}
		return null;
	}

	/** Adds text, merged into the previous segment when neither links anywhere. */
	private static void add(List<Segment> segments, String text, String href) {
		if (text.isEmpty()) {
			return;
		}
		int last = segments.size() - 1;
		if (href == null && last >= 0 && segments.get(last).href() == null) {
			segments.set(last, new Segment(segments.get(last).text() + text, null));
		}
		else {
			segments.add(new Segment(text, href));
		}
	}

}
