package org.filmref.award;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.filmref.award.AwardViews.AwardIndex;
import org.filmref.award.AwardViews.Body;
import org.filmref.award.AwardViews.CategorySection;
import org.filmref.award.AwardViews.CeremonyItem;
import org.filmref.award.AwardViews.CeremonyPage;
import org.filmref.award.AwardViews.FilmTally;
import org.filmref.award.AwardViews.NomineeRow;
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
 * Assembles the award pages, three statements each, and caches them.
 */
@Service
public class AwardPages {

	private final AwardRepository awards;

	private final NominationRepository nominations;

	AwardPages(AwardRepository awards, NominationRepository nominations) {
		this.awards = awards;
		this.nominations = nominations;
	}

	@Cacheable("awardIndex")
	@Transactional(readOnly = true)
	public AwardIndex index() {
		Map<Long, List<CeremonyItem>> ceremoniesByAward = new LinkedHashMap<>();
		Map<Long, List<FilmTally>> tallies = tallies();
		for (Ceremony ceremony : awards.findAllCeremonies()) {
			ceremoniesByAward.computeIfAbsent(ceremony.getAward().getId(), id -> new ArrayList<>())
				.add(item(ceremony, tallies));
		}
		return new AwardIndex(awards.findAllInOrder()
			.stream()
			.map(award -> body(award, ceremoniesByAward.getOrDefault(award.getId(), List.of())))
			.toList());
	}

	@Cacheable(cacheNames = "awardBodies", unless = "#result == null")
	@Transactional(readOnly = true)
	public Optional<Body> body(String slug) {
		return awards.findBySlug(slug).map(award -> {
			Map<Long, List<FilmTally>> tallies = tallies();
			return body(award, awards.findCeremoniesOf(award).stream().map(c -> item(c, tallies)).toList());
		});
	}

	@Cacheable(cacheNames = "ceremonyPages", unless = "#result == null")
	@Transactional(readOnly = true)
	public Optional<CeremonyPage> ceremony(String awardSlug, int year) {
		return awards.findCeremonyPage(awardSlug, year).map(this::assemble);
	}

	private CeremonyPage assemble(Ceremony ceremony) {
		List<Nomination> field = nominations.findByCeremony(ceremony);
		nominations.fetchReferencesAt(ceremony);
		// The ceremony's own sources come first, as the reader meets them under the ceremony's details.
		Citations citations = new Citations();
		List<Footnote> sources = citations.cite(ceremony.getReferences());
		Map<Long, List<Nomination>> byCategory = new LinkedHashMap<>();
		for (Nomination nomination : field) {
			byCategory.computeIfAbsent(nomination.getCeremonyCategory().getId(), id -> new ArrayList<>())
				.add(nomination);
		}
		List<CategorySection> categories = new ArrayList<>();
		for (List<Nomination> categoryField : byCategory.values()) {
			CeremonyCategory category = categoryField.get(0).getCeremonyCategory();
			categories.add(new CategorySection(category.getCategory().getSlug(), category.getCategory().getName(),
					category.getOfficialName(), category.isFieldComplete(), category.getNote(),
					categoryField.stream().anyMatch(n -> !n.getNominees().isEmpty()),
					categoryField.stream()
						.map(n -> new NomineeRow(n.getNominees().stream().map(Person::link).toList(),
								n.getFilm() != null ? n.getFilm().link() : null, n.isWon(),
								n.getFilm() != null && n.getFilm().hasPage(), n.getDetail(), n.getNote(),
								citations.cite(n.getReferences())))
						.toList()));
		}
		return new CeremonyPage(ceremony.getAward().link(),
				ceremony.getName(), ceremony.getEdition(), ceremony.getCeremonyYear(), ceremony.getFilmYear(),
				Dates.day(ceremony.getHeldOn()), Dates.day(ceremony.getNominationsOn()), ceremony.getVenue(),
				ceremony.getHost(), ceremony.getBroadcaster(), ceremony.getNote(), sources, tally(field), categories,
				citations.references());
	}

	private static Body body(Award award, List<CeremonyItem> ceremonies) {
		return new Body(award.getSlug(), award.getName(), award.getShortName(), award.getPresenter(),
				award.getDescription(), ceremonies);
	}

	private static CeremonyItem item(Ceremony ceremony, Map<Long, List<FilmTally>> tallies) {
		return new CeremonyItem(ceremony.link(), Dates.day(ceremony.getHeldOn()),
				ceremony.getFilmYear(), tallies.getOrDefault(ceremony.getId(), List.of()));
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
