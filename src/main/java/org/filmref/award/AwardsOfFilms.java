package org.filmref.award;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.filmref.film.Film;
import org.filmref.film.FilmAwards;
import org.filmref.film.FilmPage.AwardGroup;
import org.filmref.film.FilmPage.AwardRow;
import org.filmref.film.FilmPage.Winner;
import org.filmref.person.Person;
import org.filmref.web.Dates;
import org.springframework.stereotype.Component;

/**
 * The award feature's part of the film page: the film's nominations with the winner of each category it lost, from
 * the whole field of those categories. One statement.
 */
@Component
class AwardsOfFilms implements FilmAwards {

	private final NominationRepository nominations;

	AwardsOfFilms(NominationRepository nominations) {
		this.nominations = nominations;
	}

	@Override
	public Map<Long, Integer> firstYears() {
		return YearOf.earliest(nominations.findFilmYearsOfFilms());
	}

	@Override
	public Nominations of(Film film) {
		List<Nomination> fields = nominations.findFieldsOfFilm(film);
		List<String> won = fields.stream()
			.filter(nomination -> nomination.isWon() && isOf(nomination, film))
			.map(nomination -> awardName(nomination.getCeremonyCategory()))
			.distinct()
			.toList();
		return new Nominations(groups(film, fields), won);
	}

	private static List<AwardGroup> groups(Film film, List<Nomination> fields) {
		Map<Long, List<Nomination>> byCategory = new LinkedHashMap<>();
		for (Nomination nomination : fields) {
			byCategory.computeIfAbsent(nomination.getCeremonyCategory().getId(), id -> new ArrayList<>())
				.add(nomination);
		}
		Map<Long, List<AwardRow>> rowsByCeremony = new LinkedHashMap<>();
		Map<Long, Ceremony> ceremonies = new LinkedHashMap<>();
		for (List<Nomination> field : byCategory.values()) {
			List<Nomination> winners = field.stream().filter(Nomination::isWon).toList();
			for (Nomination nomination : field) {
				if (!isOf(nomination, film)) {
					continue;
				}
				CeremonyCategory category = nomination.getCeremonyCategory();
				Ceremony ceremony = category.getCeremony();
				ceremonies.putIfAbsent(ceremony.getId(), ceremony);
				rowsByCeremony.computeIfAbsent(ceremony.getId(), id -> new ArrayList<>())
					.add(new AwardRow(category.getCategory().getName(), category.path(),
							nomination.getPeople().stream().map(Person::link).toList(), nomination.isWon(),
							nomination.isWon() ? List.of()
									: winners.stream()
										.map(winner -> new Winner(
												winner.getPeople().stream().map(Person::link).toList(),
												winner.getFilm() != null ? winner.getFilm().link() : null))
										.toList()));
			}
		}
		List<AwardGroup> groups = new ArrayList<>();
		rowsByCeremony.forEach((ceremonyId, rows) -> {
			Ceremony ceremony = ceremonies.get(ceremonyId);
			groups.add(new AwardGroup(ceremony.getAward().link(), ceremony.link(), Dates.day(ceremony.getHeldOn()),
					rows));
		});
		return groups;
	}

	private static boolean isOf(Nomination nomination, Film film) {
		return nomination.getFilm() != null && nomination.getFilm().getId().equals(film.getId());
	}

	/** "Academy Award for Best Actor (1996)". */
	static String awardName(CeremonyCategory category) {
		Award award = category.getCeremony().getAward();
		String body = award.getName().endsWith("s") ? award.getName().substring(0, award.getName().length() - 1)
				: award.getName();
		return body + " for " + category.getCategory().getName() + " (" + category.getCeremony().getCeremonyYear()
				+ ")";
	}

}
