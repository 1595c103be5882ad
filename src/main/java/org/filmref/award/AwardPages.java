package org.filmref.award;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import org.filmref.award.AwardViews.AwardIndex;
import org.filmref.award.AwardViews.Body;
import org.filmref.award.AwardViews.Coverage;
import org.filmref.award.AwardViews.CategoryHistory;
import org.filmref.award.AwardViews.CategorySection;
import org.filmref.award.AwardViews.CeremonyItem;
import org.filmref.award.AwardViews.CeremonyPage;
import org.filmref.award.AwardViews.Decade;
import org.filmref.award.AwardViews.FilmTally;
import org.filmref.award.AwardViews.HistoryItem;
import org.filmref.award.AwardViews.NameChange;
import org.filmref.award.AwardViews.Ranked;
import org.filmref.award.AwardViews.Records;
import org.filmref.film.Film;
import org.filmref.person.Person;
import org.filmref.reference.Citations;
import org.filmref.reference.Footnote;
import org.filmref.web.Dates;
import org.filmref.web.Link;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the award pages, each in a fixed number of statements whatever the size of the field, and caches them.
 */
@Service
public class AwardPages {

	/** How many places each list of records shows (more where the last place is tied). */
	static final int RECORD_PLACES = 10;

	private final AwardRepository awards;

	private final NominationRepository nominations;

	AwardPages(AwardRepository awards, NominationRepository nominations) {
		this.awards = awards;
		this.nominations = nominations;
	}

	@Cacheable(cacheNames = "awardIndex", sync = true)
	@Transactional(readOnly = true)
	public AwardIndex index() {
		Map<Long, List<CeremonyItem>> ceremoniesByAward = new LinkedHashMap<>();
		Map<Long, List<FilmTally>> tallies = tallies();
		Map<Long, Set<Integer>> editions = new HashMap<>();
		for (Ceremony ceremony : awards.findAllCeremonies()) {
			ceremoniesByAward.computeIfAbsent(ceremony.getAward().getId(), id -> new ArrayList<>())
				.add(item(ceremony, tallies));
			editions.computeIfAbsent(ceremony.getAward().getId(), id -> new HashSet<>()).add(ceremony.getEdition());
		}
		return new AwardIndex(awards.findAllInOrder()
			.stream()
			.map(award -> body(award, ceremoniesByAward.getOrDefault(award.getId(), List.of()), List.of(),
					new Records(List.of(), List.of(), List.of(), List.of(), List.of()),
					coverage(award, editions.getOrDefault(award.getId(), Set.of()))))
			.toList());
	}

	/** An award body's page: its ceremonies by decade, its categories and its records. */
	@Cacheable(cacheNames = "awardBodies", unless = "#result == null")
	@Transactional(readOnly = true)
	public Optional<Body> body(String slug) {
		return awards.findBySlug(slug).map(award -> {
			Map<Long, List<FilmTally>> tallies = tallies();
			List<Link> categories = awards.findCategoriesOf(award)
				.stream()
				.map(category -> new Link(category.getName(),
						AwardCategory.historyPath(award.getSlug(), category.getSlug())))
				.toList();
			List<Ceremony> ceremonies = awards.findCeremoniesOf(award);
			Coverage coverage = coverage(award,
					ceremonies.stream().map(Ceremony::getEdition).collect(java.util.stream.Collectors.toSet()));
			// Records only where a data set holds the body's ceremonies: a curated sliver would crown its own few.
			Records records = coverage.curatedOnly()
					? new Records(List.of(), List.of(), List.of(), List.of(), List.of()) : records(award);
			return body(award, ceremonies.stream().map(c -> item(c, tallies)).toList(), categories, records,
					coverage);
		});
	}

	@Cacheable(cacheNames = "ceremonyPages", unless = "#result == null")
	@Transactional(readOnly = true)
	public Optional<CeremonyPage> ceremony(String awardSlug, int year) {
		return awards.findCeremonyPage(awardSlug, year).map(this::assemble);
	}

	/** A category's history, newest ceremony first unless {@code oldestFirst}. */
	@Cacheable(cacheNames = "categoryHistories", unless = "#result == null")
	@Transactional(readOnly = true)
	public Optional<CategoryHistory> history(String awardSlug, String categorySlug, boolean oldestFirst) {
		return awards.findCategory(awardSlug, categorySlug).map(category -> history(category, oldestFirst));
	}

	private CategoryHistory history(AwardCategory category, boolean oldestFirst) {
		List<Nomination> field = nominations.findByCategory(category);
		nominations.fetchFilmsOf(category);
		Map<Long, List<Nomination>> byCeremony = new LinkedHashMap<>();
		for (Nomination nomination : field) {
			byCeremony.computeIfAbsent(nomination.getCeremonyCategory().getId(), id -> new ArrayList<>())
				.add(nomination);
		}
		List<HistoryItem> items = new ArrayList<>();
		List<NameChange> names = new ArrayList<>();
		int wins = 0;
		for (List<Nomination> ceremonyField : byCeremony.values()) {
			CeremonyCategory at = ceremonyField.get(0).getCeremonyCategory();
			Ceremony ceremony = at.getCeremony();
			String official = OfficialNames.readable(at.getOfficialName() != null ? at.getOfficialName()
					: category.getName());
			String years = filmYears(ceremony);
			NameChange last = names.isEmpty() ? null : names.get(names.size() - 1);
			if (last != null && last.officialName().equalsIgnoreCase(official)) {
				names.set(names.size() - 1, new NameChange(last.officialName(), last.first(), years));
			}
			else {
				names.add(new NameChange(official, years, years));
			}
			List<NominationView> entries = ceremonyField.stream().map(n -> Entries.of(n, null)).toList();
			wins += (int) entries.stream().filter(NominationView::won).count();
			items.add(new HistoryItem(new Link(ceremony.getName(), ceremony.path() + "#" + category.getSlug()),
					years, official, entries.stream().anyMatch(NominationView::credited), entries));
		}
		if (!oldestFirst) {
			Collections.reverse(items);
		}
		Award award = category.getAward();
		return new CategoryHistory(award.link(), category.getSlug(),
				category.getName(), AwardCategory.historyPath(award.getSlug(), category.getSlug()), names, oldestFirst,
				field.size(), wins, items, award.credit());
	}

	private CeremonyPage assemble(Ceremony ceremony) {
		List<Nomination> field = nominations.findByCeremony(ceremony);
		nominations.fetchFilmsAt(ceremony);
		nominations.fetchReferencesAt(ceremony);
		// The ceremony's own sources come first, as the reader meets them under the ceremony's details.
		Citations citations = new Citations();
		List<Footnote> sources = citations.cite(ceremony.getReferences());
		Map<Long, List<Nomination>> byCategory = new LinkedHashMap<>();
		for (Nomination nomination : field) {
			byCategory.computeIfAbsent(nomination.getCeremonyCategory().getId(), id -> new ArrayList<>())
				.add(nomination);
		}
		String awardSlug = ceremony.getAward().getSlug();
		List<CategorySection> categories = new ArrayList<>();
		for (List<Nomination> categoryField : byCategory.values()) {
			CeremonyCategory category = categoryField.get(0).getCeremonyCategory();
			List<NominationView> entries = categoryField.stream().map(n -> Entries.of(n, citations)).toList();
			categories.add(new CategorySection(category.getCategory().getSlug(), category.getCategory().getName(),
					OfficialNames.readable(category.getOfficialName()),
					AwardCategory.historyPath(awardSlug, category.getCategory().getSlug()), category.isFieldComplete(),
					category.getNote(), entries.stream().anyMatch(NominationView::credited), entries));
		}
		return new CeremonyPage(ceremony.getAward().link(),
				ceremony.getName(), ceremony.getEdition(), ceremony.getCeremonyYear(), filmYears(ceremony),
				Dates.day(ceremony.getHeldOn()), Dates.day(ceremony.getNominationsOn()), ceremony.getVenue(),
				ceremony.getHost(), ceremony.getBroadcaster(), ceremony.getNote(), sources, tally(field), categories,
				citations.references(), ceremony.getHeldOn() != null ? ceremony.getHeldOn().toString()
						: String.valueOf(ceremony.getCeremonyYear()),
				ceremony.getAward().getPresenter(),
				ceremony.getFilmYear() != null
						? new Link("Awards season " + ceremony.getFilmYear(), AwardSeason.path(ceremony.getFilmYear()))
						: null,
				ceremony.getAward().credit());
	}

	/** The year(s) of the films honoured, as the Academy writes them ("1927/28"). */
	static String filmYears(Ceremony ceremony) {
		if (ceremony.getFilmYears() != null) {
			return ceremony.getFilmYears();
		}
		return ceremony.getFilmYear() != null ? ceremony.getFilmYear().toString() : null;
	}

	private Records records(Award award) {
		List<Tally> films = nominations.tallyFilms(award);
		List<Tally> people = nominations.tallyPeople(award);
		return new Records(top(films, Tally::wins, t -> t.wins() > 0, true),
				top(films, Tally::nominations, t -> true, true), top(people, Tally::nominations, t -> true, false),
				top(people, Tally::wins, t -> t.wins() > 0, false),
				top(people, Tally::nominations, t -> t.wins() == 0, false));
	}

	/** The first places by the measure (then the other count, then the name), ties at the last place included. */
	private static List<Ranked> top(List<Tally> tallies, ToLongFunction<Tally> measure, Predicate<Tally> filter,
			boolean films) {
		Comparator<Tally> order = Comparator.comparingLong(measure)
			.reversed()
			.thenComparing(Comparator.comparingLong(Tally::nominations).reversed())
			.thenComparing(Comparator.comparingLong(Tally::wins).reversed())
			.thenComparing(Tally::name);
		List<Tally> sorted = tallies.stream().filter(filter).sorted(order).toList();
		List<Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			Tally tally = sorted.get(i);
			if (i >= RECORD_PLACES && measure.applyAsLong(tally) < measure.applyAsLong(sorted.get(RECORD_PLACES - 1))) {
				break;
			}
			String href = films ? Film.path(tally.slug()) : Person.path(tally.slug());
			ranked.add(new Ranked(new Link(tally.name(), href), tally.nominations(), tally.wins()));
		}
		return ranked;
	}

	private static Coverage coverage(Award award, Set<Integer> editions) {
		Integer held = award.getEditionsHeld();
		Integer first = award.getFirstHeld();
		Integer last = held != null ? award.yearOf(held) : null;
		// The ceremonies held before the first numbered one are one ceremony of the data (BAFTA's 1st and 2nd, 1949).
		int numberedFrom = award.getNumberedFrom();
		long numbered = editions.stream().filter(edition -> edition >= numberedFrom).count();
		int present = (int) numbered + (numbered < editions.size() ? numberedFrom - 1 : 0);
		return new Coverage(present, held, first, last,
				Coverage.missing(editions, held, award.getNumberedFrom(), award::yearOf), award.getEditionNote(),
				award.getDataScope(), award.credit());
	}

	private static Body body(Award award, List<CeremonyItem> ceremonies, List<Link> categories, Records records,
			Coverage coverage) {
		Map<String, List<CeremonyItem>> byDecade = new LinkedHashMap<>();
		for (CeremonyItem item : ceremonies) {
			String years = item.filmYears();
			String decade = years != null && years.length() >= 4 ? years.substring(0, 3) + "0s" : "Other";
			byDecade.computeIfAbsent(decade, d -> new ArrayList<>()).add(item);
		}
		List<Decade> decades = byDecade.entrySet().stream().map(e -> new Decade(e.getKey(), e.getValue())).toList();
		return new Body(award.getSlug(), award.getName(), award.getShortName(), award.getPresenter(),
				award.getDescription(), ceremonies, decades, categories, records, coverage);
	}

	private static CeremonyItem item(Ceremony ceremony, Map<Long, List<FilmTally>> tallies) {
		return new CeremonyItem(ceremony.link(), Dates.day(ceremony.getHeldOn()),
				filmYears(ceremony), tallies.getOrDefault(ceremony.getId(), List.of()));
	}

	/** How each film with a page fared at each ceremony, by ceremony id. */
	private Map<Long, List<FilmTally>> tallies() {
		Map<Long, List<Nomination>> byCeremony = new LinkedHashMap<>();
		for (Nomination nomination : nominations.findOfFilmsWithPages()) {
			byCeremony.computeIfAbsent(nomination.getCeremonyCategory().getCeremony().getId(), id -> new ArrayList<>())
				.add(nomination);
		}
		Map<Long, List<FilmTally>> tallies = new LinkedHashMap<>();
		byCeremony.forEach((id, list) -> tallies.put(id, tally(list)));
		return tallies;
	}

	/** Nominations and wins per film with a page, in the order the films first appear. */
	private static List<FilmTally> tally(List<Nomination> nominationList) {
		Map<Long, int[]> counts = new LinkedHashMap<>();
		Map<Long, Film> films = new LinkedHashMap<>();
		for (Nomination nomination : nominationList) {
			Film film = nomination.getFilm();
			if (film == null || !film.hasPage()) {
				continue;
			}
			films.putIfAbsent(film.getId(), film);
			int[] count = counts.computeIfAbsent(film.getId(), id -> new int[2]);
			count[0]++;
			if (nomination.isWon()) {
				count[1]++;
			}
		}
		List<FilmTally> result = new ArrayList<>();
		counts.forEach((id, count) -> {
			Film film = films.get(id);
			result.add(new FilmTally(new Link(film.getTitle(), film.path() + "#awards"), count[0], count[1]));
		});
		return result;
	}

}
