package org.filmref.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.filmref.award.Ceremony;
import org.filmref.award.Nomination;
import org.filmref.award.NominationRepository;
import org.filmref.film.Credit;
import org.filmref.film.CreditRepository;
import org.filmref.film.CreditRole;
import org.filmref.film.Film;
import org.filmref.novel.Novel;
import org.filmref.person.PersonIndex.Entry;
import org.filmref.person.PersonIndex.KnownFor;
import org.filmref.person.PersonPage.AwardGroup;
import org.filmref.person.PersonPage.AwardRow;
import org.filmref.person.PersonPage.FilmRoles;
import org.filmref.person.PersonPage.NovelItem;
import org.filmref.person.PersonPage.SongItem;
import org.filmref.reference.Citations;
import org.filmref.reference.FactRepository;
import org.filmref.reference.FactView;
import org.filmref.song.Song;
import org.filmref.web.Dates;
import org.filmref.web.Link;
import org.filmref.web.Paths;
import org.filmref.web.Site;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles person pages and the people index from a fixed number of statements each, and caches them: content
 * changes only with a deployment.
 */
@Service
public class PersonPages {

	private final PersonRepository people;

	private final CreditRepository credits;

	private final FactRepository facts;

	private final NominationRepository nominations;

	private final Site site;

	PersonPages(PersonRepository people, CreditRepository credits, FactRepository facts,
			NominationRepository nominations, Site site) {
		this.site = site;
		this.people = people;
		this.credits = credits;
		this.facts = facts;
		this.nominations = nominations;
	}

	/** The page of a person with {@code hasPage}; empty for unknown slugs and for people shown as plain names. */
	@Cacheable(cacheNames = "personPages", unless = "#result == null")
	@Transactional(readOnly = true)
	public Optional<PersonPage> find(String slug) {
		return people.findPageBySlug(slug).map(this::assemble);
	}

	@Cacheable("personIndex")
	@Transactional(readOnly = true)
	public PersonIndex index() {
		Map<Long, Map<String, KnownFor>> knownFor = new LinkedHashMap<>();
		for (Credit credit : people.findCreditsOfPeopleWithPages()) {
			Film film = credit.getFilm();
			knownFor.computeIfAbsent(credit.getPerson().getId(), id -> new LinkedHashMap<>())
				.computeIfAbsent("film:" + film.getId(),
						key -> new KnownFor(Paths.filmLink(film), filmKind(film), new ArrayList<>()))
				.roles()
				.add(credit.getRole().jobTitle().toLowerCase());
		}
		for (Novel novel : people.findNovelsOfPeopleWithPages()) {
			knownFor.computeIfAbsent(novel.getAuthor().getId(), id -> new LinkedHashMap<>())
				.put("novel:" + novel.getId(), new KnownFor(new Link(novel.getTitle(), Paths.novel(novel)),
						year(novel.getPublishedYear()) + "novel", List.of("author")));
		}
		for (Song song : people.findAllSongsWithPeople()) {
			Set<Person> involved = new LinkedHashSet<>();
			if (song.getPerformer() != null) {
				involved.add(song.getPerformer());
			}
			involved.addAll(song.getWriters());
			for (Person person : involved) {
				knownFor.computeIfAbsent(person.getId(), id -> new LinkedHashMap<>())
					.put("song:" + song.getId(), new KnownFor(new Link(song.getTitle(), Paths.song(song)),
							year(song.getReleaseYear()) + "song", songRoles(song, person)));
			}
		}
		return new PersonIndex(people.findAllWithPage()
			.stream()
			.map(person -> new Entry(Paths.personLink(person), person.getSortName(), years(person),
					List.copyOf(knownFor.getOrDefault(person.getId(), Map.of()).values())))
			.toList());
	}

	private PersonPage assemble(Person person) {
		// Sections in reading order, so that references are numbered as the reader meets them.
		Citations citations = new Citations();
		List<FactView> factViews = facts.findByPerson(person)
			.stream()
			.map(fact -> FactView.of(fact, citations))
			.toList();
		List<FilmRoles> films = films(credits.findByPerson(person));
		List<AwardGroup> awards = awards(person, nominations.findFieldsOfPerson(person));
		int nominationCount = awards.stream().mapToInt(group -> group.rows().size()).sum();
		int wins = (int) awards.stream().flatMap(group -> group.rows().stream()).filter(AwardRow::won).count();
		List<NovelItem> novels = people.findNovelsBy(person)
			.stream()
			.map(novel -> new NovelItem(new Link(novel.getTitle(), Paths.novel(novel)), novel.getPublishedYear(),
					novel.getPublisher()))
			.toList();
		List<SongItem> songs = people.findSongsOf(person)
			.stream()
			.map(song -> new SongItem(new Link(song.getTitle(), Paths.song(song)),
					song.getPerformer() != null ? Paths.personLink(song.getPerformer()) : null, song.getReleaseYear(),
					String.join(" and ", songRoles(song, person))))
			.toList();
		Set<Link> knownFor = new LinkedHashSet<>();
		films.stream().filter(roles -> roles.film().linked()).forEach(roles -> knownFor.add(roles.film()));
		awards.stream()
			.flatMap(group -> group.rows().stream())
			.map(AwardRow::film)
			.filter(film -> film != null && film.linked())
			.forEach(knownFor::add);
		novels.forEach(novel -> knownFor.add(novel.novel()));
		songs.forEach(song -> knownFor.add(song.song()));
		return new PersonPage(person.getSlug(), person.getName(), born(person), died(person), person.getSummary(),
				List.copyOf(knownFor), factViews, films, awards, wins, nominationCount, novels, songs,
				citations.references(), PersonStructuredData.meta(person, List.copyOf(knownFor), site));
	}

	private static List<FilmRoles> films(List<Credit> personCredits) {
		Map<Long, FilmRoles> byFilm = new LinkedHashMap<>();
		for (Credit credit : personCredits) {
			Film film = credit.getFilm();
			FilmRoles roles = byFilm.computeIfAbsent(film.getId(),
					id -> new FilmRoles(Paths.filmLink(film), film.getReleaseYear(), new ArrayList<>()));
			roles.roles().add(roleText(credit));
		}
		return List.copyOf(byFilm.values());
	}

	private static String roleText(Credit credit) {
		StringBuilder text = new StringBuilder(credit.getRole().jobTitle());
		if (credit.getRole() == CreditRole.CAST && credit.getCharacterName() != null) {
			text.append(" (").append(credit.getCharacterName()).append(")");
		}
		if (credit.getCreditedAs() != null) {
			text.append(", credited as ").append(credit.getCreditedAs());
		}
		if (credit.getNote() != null) {
			text.append(" — ").append(credit.getNote());
		}
		return text.toString();
	}

	private static List<AwardGroup> awards(Person person, List<Nomination> fields) {
		Map<Long, List<AwardRow>> rowsByCeremony = new LinkedHashMap<>();
		Map<Long, Ceremony> ceremonies = new LinkedHashMap<>();
		for (Nomination nomination : fields) {
			if (nomination.getPeople().stream().noneMatch(nominee -> same(nominee, person))) {
				continue;
			}
			Ceremony ceremony = nomination.getCeremonyCategory().getCeremony();
			ceremonies.putIfAbsent(ceremony.getId(), ceremony);
			rowsByCeremony.computeIfAbsent(ceremony.getId(), id -> new ArrayList<>())
				.add(new AwardRow(
						new Link(nomination.getCeremonyCategory().getCategory().getName(),
								Paths.category(nomination.getCeremonyCategory())),
						nomination.getFilm() != null ? Paths.filmLink(nomination.getFilm()) : null, nomination.isWon(),
						nomination.getDetail(),
						nomination.getPeople()
							.stream()
							.filter(nominee -> !same(nominee, person))
							.map(Paths::personLink)
							.toList()));
		}
		List<AwardGroup> groups = new ArrayList<>();
		rowsByCeremony.forEach((id, rows) -> {
			Ceremony ceremony = ceremonies.get(id);
			groups.add(new AwardGroup(new Link(ceremony.getAward().getName(), Paths.award(ceremony.getAward())),
					new Link(ceremony.getName(), Paths.ceremony(ceremony)), Dates.day(ceremony.getHeldOn()), rows));
		});
		return groups;
	}

	private static List<String> songRoles(Song song, Person person) {
		List<String> roles = new ArrayList<>(2);
		if (song.getPerformer() != null && same(song.getPerformer(), person)) {
			roles.add("performer");
		}
		if (song.getWriters().stream().anyMatch(writer -> same(writer, person))) {
			roles.add("writer");
		}
		return roles;
	}

	private static boolean same(Person a, Person b) {
		return a.getId().equals(b.getId());
	}

	private static String filmKind(Film film) {
		return year(film.getReleaseYear()) + "film";
	}

	private static String year(Integer year) {
		return year != null ? year + " " : "";
	}

	static String years(Person person) {
		LocalDate birth = person.getBirthDate();
		LocalDate death = person.getDeathDate();
		if (birth == null && death == null) {
			return null;
		}
		return (birth != null ? String.valueOf(birth.getYear()) : "?") + "–"
				+ (death != null ? String.valueOf(death.getYear()) : "");
	}

	private static String born(Person person) {
		return join(Dates.day(person.getBirthDate()), person.getBirthPlace());
	}

	private static String died(Person person) {
		String died = join(Dates.day(person.getDeathDate()), person.getDeathPlace());
		if (died != null && person.getBirthDate() != null && person.getDeathDate() != null) {
			died += " (aged " + Period.between(person.getBirthDate(), person.getDeathDate()).getYears() + ")";
		}
		return died;
	}

	private static String join(String date, String place) {
		if (date == null) {
			return place;
		}
		return place == null ? date : date + ", " + place;
	}

}
