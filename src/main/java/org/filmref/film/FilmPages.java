package org.filmref.film;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.filmref.award.CeremonyCategory;
import org.filmref.award.Nomination;
import org.filmref.award.NominationRepository;
import org.filmref.film.FilmPage.AwardGroup;
import org.filmref.film.FilmPage.AwardRow;
import org.filmref.film.FilmPage.CastMember;
import org.filmref.film.FilmPage.CrewGroup;
import org.filmref.film.FilmPage.CrewMember;
import org.filmref.film.FilmPage.Hatnote;
import org.filmref.film.FilmPage.InfoboxRow;
import org.filmref.film.FilmPage.InfoboxValue;
import org.filmref.film.FilmPage.MusicItem;
import org.filmref.film.FilmPage.NovelSource;
import org.filmref.film.FilmPage.TextSource;
import org.filmref.film.FilmPage.TriviaItem;
import org.filmref.film.FilmPage.WebLinkView;
import org.filmref.film.FilmPage.Winner;
import org.filmref.novel.Novel;
import org.filmref.reference.Citations;
import org.filmref.reference.Fact;
import org.filmref.reference.FactRepository;
import org.filmref.review.CriticReview;
import org.filmref.review.CriticReviewRepository;
import org.filmref.review.QuoteView;
import org.filmref.web.Dates;
import org.filmref.web.Link;
import org.filmref.web.Paths;
import org.filmref.web.Site;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a {@link FilmPage} from a fixed number of queries (one per kind of content, whatever the size of cast
 * or awards) and caches it: content changes only with a deployment, so a page is built once per slug.
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

	private final CriticReviewRepository reviews;

	private final NominationRepository nominations;

	private final Site site;

	FilmPages(FilmRepository films, CreditRepository credits, FactRepository facts, TriviaRepository trivia,
			FilmMusicRepository music, CriticReviewRepository reviews, NominationRepository nominations, Site site) {
		this.films = films;
		this.credits = credits;
		this.facts = facts;
		this.trivia = trivia;
		this.music = music;
		this.reviews = reviews;
		this.nominations = nominations;
		this.site = site;
	}

	@Cacheable("filmPages")
	@Transactional(readOnly = true)
	public Optional<FilmPage> find(String slug) {
		return films.findPageBySlug(slug).map(this::assemble);
	}

	private FilmPage assemble(Film film) {
		// Sections are built in reading order so that references are numbered as the reader meets them.
		Citations citations = new Citations();
		List<Credit> filmCredits = credits.findByFilm(film);
		List<InfoboxRow> infobox = infobox(film, filmCredits, citations);
		List<TriviaItem> triviaItems = trivia.findByFilm(film)
			.stream()
			.map(item -> new TriviaItem(item.getText(), item.getNote(), citations.cite(item.getReferences())))
			.toList();
		List<MusicItem> musicItems = music.findByFilm(film)
			.stream()
			.map(item -> new MusicItem(item.getKind(), item.getTitle(),
					item.getPerson() != null ? Paths.personLink(item.getPerson()) : Link.plain(item.getPerformer()),
					item.getDescription(), citations.cite(item.getReferences())))
			.toList();
		List<CriticReview> criticReviews = reviews.findOnFilmPage(film);
		List<QuoteView> quotes = criticReviews.stream()
			.map(review -> QuoteView.of(review, citations.citeIfPresent(review.getReference())))
			.toList();
		List<Nomination> fields = nominations.findFieldsOfFilm(film);
		List<AwardGroup> awards = awards(film, fields);
		int wins = awards.stream().mapToInt(AwardGroup::wins).sum();
		int nominationCount = awards.stream().mapToInt(group -> group.rows().size()).sum();
		Novel novel = film.getNovel();
		NovelSource novelSource = novel == null ? null
				: new NovelSource(new Link(novel.getTitle(), Paths.novel(novel)), Paths.personLink(novel.getAuthor()),
						novel.getPublishedYear());
		return new FilmPage(film.getSlug(), film.getTitle(), film.getOriginalTitle(), film.getReleaseYear(),
				film.getRuntimeMinutes(), film.getImdbId(), film.getLead(), film.getPlot(), film.getReception(),
				hatnotes(film), novelSource, infobox, cast(filmCredits), crew(filmCredits), triviaItems, musicItems,
				quotes, awards, wins, nominationCount,
				film.getWebLinks()
					.stream()
					.sorted(Comparator.comparingInt(WebLink::getPosition))
					.map(link -> new WebLinkView(link.getSite(), link.getLabel(), link.getUrl()))
					.toList(),
				citations.references(), textSource(film),
				FilmStructuredData.meta(film, filmCredits, criticReviews, fields, site));
	}

	private static TextSource textSource(Film film) {
		return film.getTextSourceUrl() == null ? null
				: new TextSource(film.getTextSource(), film.getTextSourceTitle(), film.getTextSourceUrl(),
						film.getTextSourceLanguage(), film.getTextSourceLicence(), film.getTextSourceLicenceUrl());
	}

	private List<Hatnote> hatnotes(Film film) {
		List<Hatnote> hatnotes = new ArrayList<>();
		for (Object[] work : films.findWorksTitled(film.getTitle(), film.getSlug())) {
			String kind = (String) work[0];
			String slug = (String) work[1];
			String title = (String) work[2];
			Integer year = (Integer) work[3];
			String by = (String) work[4];
			String when = year != null ? year + " " : "";
			switch (kind) {
				case "NOVEL" -> hatnotes.add(new Hatnote("the " + when + "novel" + (by != null ? " by " + by : ""),
						new Link(title + " (novel)", Paths.novel(slug))));
				case "SONG" -> hatnotes.add(new Hatnote("the " + when + (by != null ? by + " " : "") + "song",
						new Link(title + " (song)", Paths.song(slug))));
				default -> hatnotes.add(new Hatnote("the " + when + "film",
						new Link(title + (year != null ? " (" + year + " film)" : " (film)"), Paths.film(slug))));
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
					.map(credit -> new InfoboxValue(Paths.personLink(credit.getPerson()), List.of()))
					.toList(), null));
			}
			if (role == CreditRole.SCREENPLAY && film.getNovel() != null) {
				Novel novel = film.getNovel();
				rows.add(new InfoboxRow("Based on", List.of(new InfoboxValue(
						new Link(novel.getTitle() + " by " + novel.getAuthor().getName(), Paths.novel(novel)),
						List.of())), null));
			}
			if (role == CreditRole.PRODUCER) {
				List<Credit> cast = byRole.getOrDefault(CreditRole.CAST, List.of());
				if (!cast.isEmpty()) {
					rows.add(new InfoboxRow(CreditRole.CAST.infoboxLabel(), cast.stream()
						.limit(STARRING)
						.map(credit -> new InfoboxValue(Paths.personLink(credit.getPerson()), List.of()))
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
		for (Fact fact : facts.findByFilm(film)) {
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
			.map(credit -> new CastMember(Paths.personLink(credit.getPerson()), credit.getCharacterName(),
					credit.getCreditedAs(), credit.getNote()))
			.toList();
	}

	private static List<CrewGroup> crew(List<Credit> filmCredits) {
		List<CrewGroup> groups = new ArrayList<>();
		byRole(filmCredits).forEach((role, roleCredits) -> {
			if (role != CreditRole.CAST) {
				groups.add(new CrewGroup(role.infoboxLabel(), roleCredits.stream()
					.map(credit -> new CrewMember(Paths.personLink(credit.getPerson()), credit.getNote()))
					.toList()));
			}
		});
		return groups;
	}

	private static List<AwardGroup> awards(Film film, List<Nomination> fields) {
		Map<Long, List<Nomination>> byCategory = new LinkedHashMap<>();
		for (Nomination nomination : fields) {
			byCategory.computeIfAbsent(nomination.getCeremonyCategory().getId(), id -> new ArrayList<>())
				.add(nomination);
		}
		Map<Long, List<AwardRow>> rowsByCeremony = new LinkedHashMap<>();
		Map<Long, CeremonyCategory> firstCategoryOfCeremony = new LinkedHashMap<>();
		for (List<Nomination> field : byCategory.values()) {
			List<Nomination> winners = field.stream().filter(Nomination::isWon).toList();
			for (Nomination nomination : field) {
				if (nomination.getFilm() == null || !nomination.getFilm().getId().equals(film.getId())) {
					continue;
				}
				CeremonyCategory category = nomination.getCeremonyCategory();
				Long ceremonyId = category.getCeremony().getId();
				firstCategoryOfCeremony.putIfAbsent(ceremonyId, category);
				rowsByCeremony.computeIfAbsent(ceremonyId, id -> new ArrayList<>())
					.add(new AwardRow(category.getCategory().getName(), Paths.category(category),
							nomination.getPeople().stream().map(Paths::personLink).toList(), nomination.isWon(),
							nomination.isWon() ? List.of()
									: winners.stream()
										.map(winner -> new Winner(
												winner.getPeople().stream().map(Paths::personLink).toList(),
												winner.getFilm() != null ? Paths.filmLink(winner.getFilm()) : null))
										.toList()));
			}
		}
		List<AwardGroup> groups = new ArrayList<>();
		rowsByCeremony.forEach((ceremonyId, rows) -> {
			var ceremony = firstCategoryOfCeremony.get(ceremonyId).getCeremony();
			groups.add(new AwardGroup(new Link(ceremony.getAward().getName(), Paths.award(ceremony.getAward())),
					new Link(ceremony.getName(), Paths.ceremony(ceremony)), Dates.day(ceremony.getHeldOn()), rows,
					(int) rows.stream().filter(AwardRow::won).count()));
		});
		return groups;
	}

}
