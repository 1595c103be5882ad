package org.filmref.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.filmref.award.Accolades;
import org.filmref.award.AwardsOfFilms;
import org.filmref.film.Credit;
import org.filmref.film.CreditRepository;
import org.filmref.film.CreditRole;
import org.filmref.film.Film;
import org.filmref.film.FilmIndex;
import org.filmref.film.FilmMusicRepository;
import org.filmref.film.FilmPage;
import org.filmref.film.FilmPage.CastAndCrew;
import org.filmref.film.FilmPage.CastMember;
import org.filmref.film.FilmPage.CrewGroup;
import org.filmref.film.FilmPage.CrewMember;
import org.filmref.film.FilmPage.Hatnote;
import org.filmref.film.FilmPage.InfoboxRow;
import org.filmref.film.FilmPage.InfoboxValue;
import org.filmref.film.FilmPage.MusicItem;
import org.filmref.film.FilmPage.Reception;
import org.filmref.film.FilmPage.TextSource;
import org.filmref.film.FilmPage.TriviaItem;
import org.filmref.film.FilmPage.WebLinkView;
import org.filmref.film.FilmRelease;
import org.filmref.film.FilmRepository;
import org.filmref.film.TitledWork;
import org.filmref.film.TriviaRepository;
import org.filmref.film.WebLink;
import org.filmref.novel.Novel;
import org.filmref.reference.Citations;
import org.filmref.reference.Fact;
import org.filmref.reference.FactRepository;
import org.filmref.reference.References;
import org.filmref.review.ReviewsOfFilms;
import org.filmref.song.Song;
import org.filmref.web.Dates;
import org.filmref.web.Link;
import org.filmref.web.Site;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a film's page ({@link FilmView}: the {@link FilmPage} and its awards) from a fixed number of queries (one
 * per kind of content, whatever the size of cast or awards) and caches it: content changes only with a deployment,
 * so a page is built once per slug. The critics' quotes and the awards come from the features that build on films
 * ({@link ReviewsOfFilms}, {@link AwardsOfFilms}).
 */
@Service
public class FilmPages {

	/** Crew roles the infobox lists, in its order; the cast section lists the rest. */
	private static final List<CreditRole> INFOBOX_CREW = List.of(CreditRole.DIRECTOR, CreditRole.SCREENPLAY,
			CreditRole.PRODUCER, CreditRole.COMPOSER, CreditRole.CINEMATOGRAPHER, CreditRole.EDITOR);

	/** How many top-billed actors the infobox names under "Starring". */
	private static final int STARRING = 3;

	private final FilmRepository films;

	private final CreditRepository credits;

	private final FactRepository facts;

	private final TriviaRepository trivia;

	private final FilmMusicRepository music;

	private final ReviewsOfFilms reception;

	private final AwardsOfFilms awards;

	private final Site site;

	FilmPages(FilmRepository films, CreditRepository credits, FactRepository facts, TriviaRepository trivia,
			FilmMusicRepository music, ReviewsOfFilms reception, AwardsOfFilms awards, Site site) {
		this.films = films;
		this.credits = credits;
		this.facts = facts;
		this.trivia = trivia;
		this.music = music;
		this.reception = reception;
		this.awards = awards;
		this.site = site;
	}

	/**
	 * The page of any film: the article of a film with {@code hasPage}, else the film's awards (every film in the
	 * Academy Awards data set has a page).
	 */
	@Cacheable(cacheNames = "filmPages", unless = "#result == null")
	// Read without a database transaction (SUPPORTS), as RepositoryConfiguration explains.
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<FilmView> find(String slug) {
		return films.findPageBySlug(slug).map(film -> film.hasPage() ? assemble(film) : awardsOnly(film));
	}

	/** A film known only from its nominations: title, year, its awards award body by award body, IMDb. */
	private FilmView awardsOnly(Film film) {
		Accolades nominations = awards.of(film);
		Integer year = film.getReleaseYear() != null ? film.getReleaseYear() : nominations.firstFilmYear();
		List<WebLinkView> links = film.getImdbId() == null ? List.of()
				: List.of(new WebLinkView("IMDb", film.getTitle(), imdb(film)));
		return new FilmView(new FilmPage(film.getSlug(), film.getTitle(), year, false, null, List.of(), List.of(), null,
				new CastAndCrew(List.of(), List.of()), List.of(), List.of(), new Reception(null, List.of(), null),
				links, References.NONE, null,
				FilmStructuredData.meta(film, year, FilmStructuredData.description(film, year, nominations),
						nominations, site)),
				nominations);
	}

	static String imdb(Film film) {
		return "https://www.imdb.com/title/" + film.getImdbId() + "/";
	}

	/**
	 * Every film, in the film index's order. Two statements, whatever the number of films; built once when several
	 * index pages are asked for at the same time (sync), as a crawler does right after start-up.
	 */
	@Cacheable(cacheNames = "filmIndex", sync = true)
	@Transactional(readOnly = true)
	public List<FilmIndex.Entry> indexEntries() {
		return FilmIndex.entries(films.findAll(), awards.firstYears());
	}

	private FilmView assemble(Film film) {
		// The parts of the page that cite sources, in reading order: footnotes are numbered in this order.
		Citations citations = new Citations();
		Citations infoboxSources = citations.part();
		Citations backgroundSources = citations.part();
		Citations musicSources = citations.part();
		Citations receptionSources = citations.part();

		List<Credit> filmCredits = credits.findByFilm(film);
		List<TriviaItem> background = trivia.findByFilm(film)
			.stream()
			.map(item -> new TriviaItem(item.getText(), item.getNote(), backgroundSources.cite(item.getReferences())))
			.toList();
		List<MusicItem> musicItems = music.findByFilm(film)
			.stream()
			.map(item -> new MusicItem(item.getKind(), item.getTitle(),
					item.getPerson() != null ? item.getPerson().link() : Link.plain(item.getPerformer()),
					item.getDescription(), musicSources.cite(item.getReferences())))
			.toList();
		ReviewsOfFilms.Quotes quotes = reception.of(film, receptionSources);
		Accolades nominations = awards.of(film);
		return new FilmView(new FilmPage(film.getSlug(), film.getTitle(), film.getReleaseYear(), true, film.getLead(),
				hatnotes(film),
				infobox(film, filmCredits, infoboxSources), film.getPlot(),
				new CastAndCrew(cast(filmCredits), crew(filmCredits)), background, musicItems,
				new Reception(film.getReception(), quotes.quotes(), quotes.allQuotesPath()),
				film.getWebLinks()
					.stream()
					.sorted(Comparator.comparingInt(WebLink::getPosition))
					.map(link -> new WebLinkView(link.getSite(), link.getLabel(), link.getUrl()))
					.toList(),
				citations.references(), textSource(film),
				FilmStructuredData.meta(film, filmCredits, quotes.structuredData(), nominations, site)),
				nominations);
	}

	private static TextSource textSource(Film film) {
		return film.getTextSourceUrl() == null ? null
				: new TextSource(film.getTextSource(), film.getTextSourceTitle(), film.getTextSourceUrl(),
						film.getTextSourceLanguage(), film.getTextSourceLicence(), film.getTextSourceLicenceUrl());
	}

	private List<Hatnote> hatnotes(Film film) {
		List<Hatnote> hatnotes = new ArrayList<>();
		for (TitledWork work : films.findWorksTitled(film.getTitle(), film.getSlug())) {
			String title = work.title();
			Integer year = work.year();
			String by = work.by();
			String when = year != null ? year + " " : "";
			switch (work.kind()) {
				case "NOVEL" -> hatnotes.add(new Hatnote("the " + when + "novel" + (by != null ? " by " + by : ""),
						new Link(title + " (novel)", Novel.path(work.slug()))));
				case "SONG" -> hatnotes.add(new Hatnote("the " + when + (by != null ? by + " " : "") + "song",
						new Link(title + " (song)", Song.path(work.slug()))));
				default -> hatnotes.add(new Hatnote("the " + when + "film",
						new Link(title + (year != null ? " (" + year + " film)" : " (film)"), Film.path(work.slug()))));
			}
		}
		return hatnotes;
	}

	private List<InfoboxRow> infobox(Film film, List<Credit> filmCredits, Citations citations) {
		List<InfoboxRow> rows = new ArrayList<>();
		if (film.getOriginalTitle() != null) {
			rows.add(plainRow("Original title", film.getOriginalTitle()));
		}
		Map<CreditRole, List<Credit>> byRole = byRole(filmCredits);
		for (CreditRole role : INFOBOX_CREW) {
			List<Credit> roleCredits = byRole.getOrDefault(role, List.of());
			if (!roleCredits.isEmpty()) {
				rows.add(new InfoboxRow(role.infoboxLabel(), roleCredits.stream()
					.map(credit -> new InfoboxValue(credit.getPerson().link(), List.of()))
					.toList(), null));
			}
			if (role == CreditRole.SCREENPLAY && film.getNovel() != null) {
				Novel novel = film.getNovel();
				rows.add(new InfoboxRow("Based on", List.of(new InfoboxValue(
						new Link(novel.getTitle() + " by " + novel.getAuthor().getName(), novel.path()),
						List.of())), null));
			}
			if (role == CreditRole.PRODUCER) {
				List<Credit> cast = byRole.getOrDefault(CreditRole.CAST, List.of());
				if (!cast.isEmpty()) {
					rows.add(new InfoboxRow(CreditRole.CAST.infoboxLabel(), cast.stream()
						.limit(STARRING)
						.map(credit -> new InfoboxValue(credit.getPerson().link(), List.of()))
						.toList(), null));
				}
			}
		}
		if (!film.getReleases().isEmpty()) {
			rows.add(new InfoboxRow("Release dates", film.getReleases()
				.stream()
				.sorted(Comparator.comparingInt(FilmRelease::getPosition))
				.map(release -> new InfoboxValue(Link.plain(releaseText(release)),
						citations.citeIfPresent(release.getReference())))
				.toList(), null));
		}
		for (Fact fact : facts.findByFilmId(film.getId())) {
			rows.add(new InfoboxRow(fact.getLabel(),
					List.of(new InfoboxValue(Link.plain(fact.getContent()), citations.cite(fact.getReferences()))),
					fact.getNote()));
		}
		return rows;
	}

	private static String releaseText(FilmRelease release) {
		String date = switch (release.getDatePrecision()) {
			case DAY -> Dates.day(release.getReleaseDate());
			case MONTH -> Dates.month(release.getReleaseDate());
			case YEAR -> String.valueOf(release.getReleaseDate().getYear());
		};
		String where = release.getDescription() != null ? release.getDescription() : release.getRegion();
		return date + " (" + where + ")";
	}

	private static InfoboxRow plainRow(String label, String value) {
		return new InfoboxRow(label, List.of(new InfoboxValue(Link.plain(value), List.of())), null);
	}

	private static Map<CreditRole, List<Credit>> byRole(List<Credit> filmCredits) {
		Map<CreditRole, List<Credit>> byRole = new EnumMap<>(CreditRole.class);
		for (Credit credit : filmCredits) {
			byRole.computeIfAbsent(credit.getRole(), role -> new ArrayList<>()).add(credit);
		}
		return byRole;
	}

	private static List<CastMember> cast(List<Credit> filmCredits) {
		return filmCredits.stream()
			.filter(credit -> credit.getRole() == CreditRole.CAST)
			.map(credit -> new CastMember(credit.getPerson().link(), credit.getCharacterName(),
					credit.getCreditedAs(), credit.getNote()))
			.toList();
	}

	private static List<CrewGroup> crew(List<Credit> filmCredits) {
		List<CrewGroup> groups = new ArrayList<>();
		byRole(filmCredits).forEach((role, roleCredits) -> {
			if (role != CreditRole.CAST) {
				groups.add(new CrewGroup(role.infoboxLabel(), roleCredits.stream()
					.map(credit -> new CrewMember(credit.getPerson().link(), credit.getNote()))
					.toList()));
			}
		});
		return groups;
	}

}
