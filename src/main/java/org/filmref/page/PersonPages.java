package org.filmref.page;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.filmref.award.Accolades;
import org.filmref.award.AwardsOfPeople;
import org.filmref.film.FilmsOfPeople;
import org.filmref.novel.NovelsOfPeople;
import org.filmref.person.Person;
import org.filmref.person.PersonIndex;
import org.filmref.person.PersonIndex.Entry;
import org.filmref.person.PersonIndex.KnownFor;
import org.filmref.person.PersonPage;
import org.filmref.person.PersonPage.FilmRoles;
import org.filmref.person.PersonPage.NovelItem;
import org.filmref.person.PersonPage.SongItem;
import org.filmref.person.PersonRepository;
import org.filmref.reference.Citations;
import org.filmref.reference.FactRepository;
import org.filmref.reference.FactView;
import org.filmref.song.SongsOfPeople;
import org.filmref.web.Dates;
import org.filmref.web.Description;
import org.filmref.web.Link;
import org.filmref.web.Site;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles person pages ({@link PersonView}: the {@link PersonPage} and the person's awards) and the people index
 * from a fixed number of statements each, and caches them: content changes only with a deployment. A person's films,
 * awards, novels and songs come from the features that build on people ({@link FilmsOfPeople},
 * {@link AwardsOfPeople}, {@link NovelsOfPeople}, {@link SongsOfPeople}).
 */
@Service
public class PersonPages {

	/** How many films of their nominations the infobox names for someone known from the award data only. */
	static final int KNOWN_FOR_AWARDED_FILMS = 4;

	private final PersonRepository people;

	private final FactRepository facts;

	private final FilmsOfPeople films;

	private final AwardsOfPeople awards;

	private final NovelsOfPeople novels;

	private final SongsOfPeople songs;

	private final Site site;

	PersonPages(PersonRepository people, FactRepository facts, FilmsOfPeople films, AwardsOfPeople awards,
			NovelsOfPeople novels, SongsOfPeople songs, Site site) {
		this.people = people;
		this.facts = facts;
		this.films = films;
		this.awards = awards;
		this.novels = novels;
		this.songs = songs;
		this.site = site;
	}

	/** The page of anyone the site names (everyone has one); empty for unknown slugs. */
	@Cacheable(cacheNames = "personPages", unless = "#result == null")
	// Read without a database transaction (SUPPORTS), as RepositoryConfiguration explains.
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<PersonView> find(String slug) {
		return people.findPageBySlug(slug).map(this::assemble);
	}

	/**
	 * Everyone, in the people index's order. A fixed number of statements, whatever the number of people; built once
	 * when several index pages are asked for at the same time (sync).
	 */
	@Cacheable(cacheNames = "personIndex", sync = true)
	@Transactional(readOnly = true)
	public List<Entry> indexEntries() {
		// Each person's works in the order of the sections of their page: films, novels, songs.
		List<Map<Long, List<KnownFor>>> works = List.of(films.knownForOfPeopleWithPages(),
				novels.knownForOfPeopleWithPages(), songs.knownForOfPeople());
		Map<Long, Integer> firstNominations = awards.firstYears();
		return PersonIndex.sorted(people.findAll().stream().map(person -> {
			List<KnownFor> knownFor = new ArrayList<>();
			works.forEach(byPerson -> knownFor.addAll(byPerson.getOrDefault(person.getId(), List.of())));
			return Entry.of(person.link(), person.getSortName() != null ? person.getSortName() : person.getName(),
					years(person), List.copyOf(knownFor), firstNominations.get(person.getId()));
		}).toList());
	}

	private PersonView assemble(Person person) {
		// Sections in reading order, so that references are numbered as the reader meets them.
		Citations citations = new Citations();
		// Facts, credits, novels and songs belong to the people of the articles (hasPage); everyone else, most of the
		// site's people, is known from the award data only, and their page is read in three statements, not seven.
		boolean ofArticles = person.hasPage();
		List<FactView> factViews = !ofArticles ? List.of()
				: facts.findByPersonId(person.getId()).stream().map(fact -> FactView.of(fact, citations)).toList();
		List<FilmRoles> filmRoles = ofArticles ? films.rolesOf(person) : List.of();
		Accolades nominations = awards.of(person);
		List<NovelItem> novelItems = ofArticles ? novels.novelsBy(person) : List.of();
		List<SongItem> songItems = ofArticles ? songs.songsOf(person) : List.of();
		Set<Link> knownFor = new LinkedHashSet<>();
		filmRoles.stream().filter(roles -> roles.film().linked()).forEach(roles -> knownFor.add(roles.film()));
		// A person known only from the award data is known for the films of their nominations.
		knownFor.addAll(nominations.films().stream().limit(filmRoles.isEmpty() ? KNOWN_FOR_AWARDED_FILMS : 0).toList());
		novelItems.forEach(novel -> knownFor.add(novel.novel()));
		songItems.forEach(song -> knownFor.add(song.song()));
		return new PersonView(new PersonPage(person.getSlug(), person.getName(), born(person), died(person),
				person.getSummary(), List.copyOf(knownFor), factViews, filmRoles, imdb(person), novelItems, songItems,
				citations.references(),
				PersonStructuredData.meta(person, description(person, filmRoles, novelItems, songItems, nominations),
						List.copyOf(knownFor), nominations, imdb(person), site)),
				nominations);
	}

	/**
	 * The person's summary, or for someone without one what the site has on them: "Albert Henderson: actor (Man at
	 * Strip Bar) in Leaving Las Vegas (1995)."
	 */
	private static String description(Person person, List<FilmRoles> filmRoles, List<NovelItem> novels,
			List<SongItem> songs, Accolades nominations) {
		if (person.getSummary() != null) {
			return person.getSummary();
		}
		List<String> works = new ArrayList<>();
		filmRoles.forEach(film -> works.add(Description.join(film.roles().stream().map(PersonPages::shortRole).toList())
				+ " in " + film.film().label() + (film.year() != null ? " (" + film.year() + ")" : "")));
		novels.forEach(novel -> works.add("author of the novel " + novel.novel().label()
				+ (novel.year() != null ? " (" + novel.year() + ")" : "")));
		songs.forEach(song -> works.add(song.role() + " of the song " + song.song().label()
				+ (song.year() != null ? " (" + song.year() + ")" : "")));
		if (works.isEmpty() && !nominations.isEmpty()) {
			// Someone known from the award data only: "Walt Disney: 22 wins from 59 nominations at the Academy Awards,
			// with the Honorary Award (1932) …, for Flowers and Trees, …"
			return Description.listing(
					person.getName() + ": " + nominations.phrase(Description.LENGTH - 60 - person.getName().length())
							+ ", for ",
					nominations.films().stream().map(Link::label).toList(), ".");
		}
		// Each award body's totals apart: nominations of different bodies are not added up.
		String awards = nominations.isEmpty() ? "" : " Awards: " + nominations.phrase() + ".";
		return Description.listing(person.getName() + ": ", works, "." + awards);
	}

	/** "Actor (Ben Sanderson), credited as … — a note" as a description reads it: "actor (Ben Sanderson)". */
	private static String shortRole(String role) {
		String text = role;
		for (String tail : List.of(", credited as ", " — ")) {
			int at = text.indexOf(tail);
			text = at < 0 ? text : text.substring(0, at);
		}
		return Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	private static String imdb(Person person) {
		return person.getImdbId() == null ? null : "https://www.imdb.com/name/" + person.getImdbId() + "/";
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
