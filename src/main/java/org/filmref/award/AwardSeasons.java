package org.filmref.award;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.filmref.award.AwardSeason.Cell;
import org.filmref.award.AwardSeason.Column;
import org.filmref.award.AwardSeason.FilmRow;
import org.filmref.film.Film;
import org.filmref.web.Link;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles and caches the awards season of a film year ({@link AwardSeason}) in four statements. */
@Service
public class AwardSeasons {

	private final AwardRepository awards;

	private final NominationRepository nominations;

	AwardSeasons(AwardRepository awards, NominationRepository nominations) {
		this.awards = awards;
		this.nominations = nominations;
	}

	/** The season of a film year, or empty where no ceremony honours the films of that year. */
	@Cacheable(cacheNames = "awardSeasons", unless = "#result == null")
	@Transactional(readOnly = true)
	public Optional<AwardSeason> find(int year) {
		List<Ceremony> ceremonies = awards.findCeremoniesOfFilmYear(year);
		if (ceremonies.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, Ceremony> byAward = new LinkedHashMap<>();
		ceremonies.forEach(ceremony -> byAward.putIfAbsent(ceremony.getAward().getId(), ceremony));
		List<Column> columns = new ArrayList<>();
		List<Ceremony> columnCeremonies = new ArrayList<>();
		for (Award award : awards.findAllInOrder()) {
			Ceremony ceremony = byAward.get(award.getId());
			columns.add(new Column(award.link(), ceremony != null ? ceremony.link() : null));
			columnCeremonies.add(ceremony);
		}
		Map<Long, Map<Long, SeasonTally>> byFilm = new LinkedHashMap<>();
		Map<Long, SeasonTally> films = new LinkedHashMap<>();
		for (SeasonTally tally : nominations.tallySeason(year)) {
			films.putIfAbsent(tally.filmId(), tally);
			byFilm.computeIfAbsent(tally.filmId(), id -> new LinkedHashMap<>()).put(tally.ceremonyId(), tally);
		}
		List<FilmRow> rows = new ArrayList<>(films.size());
		films.forEach((id, film) -> {
			List<Cell> cells = new ArrayList<>(columnCeremonies.size());
			for (Ceremony ceremony : columnCeremonies) {
				SeasonTally tally = ceremony == null ? null : byFilm.get(id).get(ceremony.getId());
				cells.add(new Cell(ceremony == null ? null : ceremony.path(), tally == null ? 0 : tally.nominations(),
						tally == null ? 0 : tally.wins()));
			}
			rows.add(new FilmRow(new Link(film.title(), Film.path(film.slug())), List.copyOf(cells)));
		});
		rows.sort(byResults(columns.size()).thenComparing(row -> row.film().label()));
		List<Integer> years = awards.findFilmYears();
		int at = years.indexOf(year);
		return Optional.of(new AwardSeason(year, List.copyOf(columns), List.copyOf(rows),
				at > 0 ? years.get(at - 1) : null, at >= 0 && at < years.size() - 1 ? years.get(at + 1) : null));
	}

	/**
	 * Every awards season, a column per award body, in one statement (every ceremony with its body); the index is
	 * built once and kept.
	 */
	@Cacheable(cacheNames = "awardSeasonIndex", sync = true)
	@Transactional(readOnly = true)
	public AwardSeasonIndex index() {
		List<Ceremony> ceremonies = awards.findAllCeremonies();
		Map<Long, Integer> columnOf = new LinkedHashMap<>();
		List<Link> bodies = new ArrayList<>();
		for (Ceremony ceremony : ceremonies) {
			Award award = ceremony.getAward();
			if (!columnOf.containsKey(award.getId())) {
				columnOf.put(award.getId(), bodies.size());
				bodies.add(award.link());
			}
		}
		Map<Integer, Link[]> byYear = new java.util.TreeMap<>();
		for (Ceremony ceremony : ceremonies) {
			if (ceremony.getFilmYear() == null) {
				continue;
			}
			Link[] row = byYear.computeIfAbsent(ceremony.getFilmYear(), year -> new Link[bodies.size()]);
			row[columnOf.get(ceremony.getAward().getId())] = ceremony.link();
		}
		List<AwardSeasonIndex.Season> seasons = new ArrayList<>(byYear.size());
		byYear.forEach((year, row) -> seasons.add(new AwardSeasonIndex.Season(year,
				java.util.Collections.unmodifiableList(java.util.Arrays.asList(row)))));
		return new AwardSeasonIndex(List.copyOf(bodies), List.copyOf(seasons));
	}

	/**
	 * Most nominations, then most wins, at the first body's ceremony first, then at the next body's: the bodies are
	 * compared one after the other, never added up.
	 */
	private static Comparator<FilmRow> byResults(int columns) {
		Comparator<FilmRow> order = (a, b) -> 0;
		for (int i = 0; i < columns; i++) {
			int column = i;
			order = order.thenComparing(row -> row.cells().get(column).nominations(), Comparator.reverseOrder())
				.thenComparing(row -> row.cells().get(column).wins(), Comparator.reverseOrder());
		}
		return order;
	}

}
