package org.filmref.award;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.filmref.award.NominationView.FilmRef;
import org.filmref.award.NominationView.Segment;
import org.filmref.model.Analyzers;
import org.filmref.film.Film;
import org.filmref.person.Person;
import org.filmref.reference.Citations;
import org.filmref.reference.Footnote;
import org.filmref.web.Link;

/**
 * Turns a nomination into the {@link NominationView} every award list shows (the Academy's wording of the nominees
 * with each person linked to their page, the films as titled at the ceremony, detail, note and citation), and a film's
 * or person's nominations into {@link Accolades}.
 */
final class Entries {

	/** The category class of the awards given rather than competed for (honorary, special, memorial awards). */
	static final String HONORARY = "Special";

	private Entries() {
	}

	/**
	 * Nominations (of one film or person, in the order the page lists them) award body by award body, in the bodies'
	 * order; each with its ceremony and its category, linked to the category's history. {@code self} is the person
	 * or film the page is about: it is named there without a link to itself, and on a person's page
	 * ({@code withFilms}) the other nominees of a shared nomination are named apart.
	 */
	/**
	 * The other forms (titles or names) by which award bodies' data name a film or person, by award body, sorted: those
	 * that add a word to the site's own ({@code own}); a form such as "Tootsie (Tootsie)" says nothing a reader needs.
	 */
	static <T> Map<Long, List<String>> namedInData(String own, Collection<T> others, Function<T, Long> award,
			Function<T, String> form) {
		Map<Long, List<String>> forms = new HashMap<>();
		for (T other : others) {
			if (Analyzers.wordsNotIn(own, List.of(form.apply(other))) != null) {
				forms.computeIfAbsent(award.apply(other), id -> new ArrayList<>()).add(form.apply(other));
			}
		}
		forms.values().forEach(list -> list.sort(null));
		return forms;
	}

	static Accolades accolades(List<Nomination> nominations, boolean withFilms, String self) {
		return accolades(nominations, withFilms, self, Map.of());
	}

	/** As above, with the titles or names by which each award body (by id) credits the film or person under another. */
	static Accolades accolades(List<Nomination> nominations, boolean withFilms, String self,
			Map<Long, List<String>> creditedAs) {
		Map<Long, List<Nomination>> byAward = new LinkedHashMap<>();
		Map<Long, Award> awards = new LinkedHashMap<>();
		for (Nomination nomination : nominations) {
			Award award = nomination.getCeremonyCategory().getCeremony().getAward();
			awards.putIfAbsent(award.getId(), award);
			byAward.computeIfAbsent(award.getId(), id -> new ArrayList<>()).add(nomination);
		}
		List<Accolades.Body> bodies = new ArrayList<>(byAward.size());
		awards.values()
			.stream()
			.sorted(Comparator.comparingInt(Award::getPosition))
			.forEach(award -> bodies.add(body(award, byAward.get(award.getId()), withFilms, self,
					creditedAs.getOrDefault(award.getId(), List.of()))));
		return new Accolades(List.copyOf(bodies));
	}

	private static Accolades.Body body(Award award, List<Nomination> nominations, boolean withFilms, String self,
			List<String> creditedAs) {
		List<Accolades.Row> rows = new ArrayList<>(nominations.size());
		List<String> honours = new ArrayList<>();
		boolean others = false;
		boolean detailed = false;
		for (Nomination nomination : nominations) {
			CeremonyCategory category = nomination.getCeremonyCategory();
			Ceremony ceremony = category.getCeremony();
			// An honorary award given is named apart; one the data lists as not given counts as a nomination.
			boolean honorary = HONORARY.equals(category.getCategory().getCategoryClass()) && nomination.isWon();
			if (honorary) {
				honours.add(category.getCategory().getName() + " (" + ceremony.getCeremonyYear() + ")");
			}
			List<Link> otherNominees = withFilms ? others(nomination, self) : List.of();
			NominationView view = of(nomination, null, withFilms, self);
			others |= !otherNominees.isEmpty();
			detailed |= view.detailed();
			rows.add(new Accolades.Row(
					new Link(award.isNumbered(ceremony.getEdition())
							? ceremony.getCeremonyYear() + " (" + ordinal(ceremony.getEdition()) + ")"
							: Integer.toString(ceremony.getCeremonyYear()), ceremony.path()),
					AwardPages.filmYears(ceremony), ceremony.getFilmYear(),
					new Link(category.getCategory().getName(),
							AwardCategory.historyPath(award.getSlug(), category.getCategory().getSlug())),
					awardName(category), honorary, otherNominees, view));
		}
		return new Accolades.Body(award.link(), List.copyOf(rows), List.copyOf(honours), others, detailed,
				award.credit(), List.copyOf(creditedAs));
	}

	/** The nominees of a nomination other than {@code self}, each linked where they have a page. */
	private static List<Link> others(Nomination nomination, String self) {
		List<Link> others = new ArrayList<>();
		for (Nominee nominee : nomination.getNominees()) {
			Person person = nominee.getPerson();
			if (person != null && person.path().equals(self)) {
				continue;
			}
			others.add(person != null ? new Link(nominee.getName(), person.path()) : Link.plain(nominee.getName()));
		}
		return others;
	}

	/** "1st", "2nd", "68th". */
	static String ordinal(int n) {
		if (n % 100 >= 11 && n % 100 <= 13) {
			return n + "th";
		}
		return n + switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
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
