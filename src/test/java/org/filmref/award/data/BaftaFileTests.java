package org.filmref.award.data;

import java.util.List;

import org.filmref.award.data.AwardEntry.Credit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The BAFTA file read on its own by its converter and category rules, as the migration reads it. */
class BaftaFileTests {

	private static List<AwardEntry> entries;

	@BeforeAll
	static void read() {
		entries = BaftaFile.entries("db/data/bafta/bafta_films.csv", CategoryRules.read("db/data/bafta/categories.tsv"));
	}

	private static List<AwardEntry> of(int ceremonyYear, String categoryKey) {
		return entries.stream()
			.filter(entry -> entry.ceremonyYear() == ceremonyYear && entry.categoryKey().equals(categoryKey))
			.toList();
	}

	private static List<String> names(List<Credit> credits) {
		return credits.stream().map(Credit::name).toList();
	}

	/**
	 * From 2018 on the file writes Best Direction film first, against its earlier years: every row is read the
	 * other way round, also the one whose film no film category of the year names (Blade Runner 2049).
	 */
	@Test
	void directionFromTwentyEighteenNamesTheDirectorNotTheFilm() {
		List<AwardEntry> direction = of(2018, "Best Direction");
		assertThat(direction).hasSize(5);
		assertThat(direction).extracting(entry -> names(entry.nominees()))
			.containsExactly(List.of("Guillermo del Toro"), List.of("Denis Villeneuve"), List.of("Luca Guadagnino"),
					List.of("Christopher Nolan"), List.of("Martin McDonagh"));
		assertThat(direction).extracting(entry -> names(entry.films()))
			.contains(List.of("Blade Runner 2049"), List.of("The Shape of Water"));
		assertThat(of(2020, "Best Direction")).extracting(entry -> names(entry.nominees()))
			.containsExactly(List.of("Sam Mendes"), List.of("Martin Scorsese"), List.of("Todd Phillips"),
					List.of("Quentin Tarantino"), List.of("Bong Joon Ho"));
		assertThat(of(2016, "Best Direction")).extracting(entry -> names(entry.nominees()))
			.contains(List.of("Alejandro G. Iñárritu"), List.of("Ridley Scott"));
	}

	@Test
	void supportingActressOfTwentyTwentyNamesTheActresses() {
		assertThat(of(2020, "Best Actress in a Supporting Role")).extracting(entry -> names(entry.nominees()))
			.containsExactly(List.of("Laura Dern"), List.of("Scarlett Johansson"), List.of("Florence Pugh"),
					List.of("Margot Robbie"), List.of("Margot Robbie"));
		assertThat(of(2020, "Best Actress in a Supporting Role")).extracting(entry -> names(entry.films()))
			.contains(List.of("Jojo Rabbit"), List.of("Little Women"), List.of("Bombshell"));
	}

	@Test
	void newcomersOfNineteenEightyThreeNameTheNewcomers() {
		assertThat(of(1983, "Most Promising Newcomer to Leading Film Roles")).extracting(entry -> names(entry.nominees()))
			.containsExactly(List.of("Ben Kingsley"), List.of("Drew Barrymore"), List.of("Henry Thomas"),
					List.of("Kathleen Turner"));
	}

	/** No film title of the years 2016–2020 is read as a person's name. */
	@Test
	void noFilmOfARecentYearIsAPerson() {
		for (AwardEntry entry : entries) {
			if (entry.ceremonyYear() < 2016) {
				continue;
			}
			for (Credit nominee : entry.nominees()) {
				assertThat(nominee.name())
					.as("%s %d", entry.categoryKey(), entry.ceremonyYear())
					.isNotIn("Blade Runner 2049", "Jojo Rabbit", "Little Women", "Bombshell", "The Shape of Water",
							"Parasite", "Joker", "1917", "Roma", "Cold War");
			}
		}
	}

	@Test
	void aCoWriterAddedInWordsIsANameOfItsOwn() {
		assertThat(BaftaFile.split("Álvaro Delgado-Aparicio (Writer/Director) - also written by Héctor Gálvez"))
			.containsExactly("Álvaro Delgado-Aparicio (Writer/Director)", "Héctor Gálvez");
		assertThat(BaftaFile.split("Mark Jenkin (Writer/Director), Kate Byers, Linn Waite (Producers)"))
			.containsExactly("Mark Jenkin (Writer/Director)", "Kate Byers", "Linn Waite (Producers)");
	}

	/** The 49th ceremony was held in 1996, the 73rd in 2020: from 1950 on, the edition is the year less 1947. */
	@Test
	void editionsAreCountedFromTheCeremonyYear() {
		assertThat(of(1996, "Best Actor in a Leading Role")).allSatisfy(entry -> assertThat(entry.edition()).isEqualTo(49));
		assertThat(of(2020, "Best Direction")).allSatisfy(entry -> assertThat(entry.edition()).isEqualTo(73));
	}

	/**
	 * The reviewed corrections beside the file: the Outstanding Debut of 2017 names two people the file wrote as one
	 * name ("Pete Middleton James Spinney"), as its other rows for the film credit them; the United Nations Award of
	 * 1963 (films of 1962) keeps the file's Reach for the Sky, a film of 1956 that the ceremony of 1957 honoured, with a
	 * note of the doubt.
	 */
	@Test
	void theReviewedCorrectionsAreRead() {
		List<List<String>> blindness = entries.stream()
			.filter(entry -> entry.ceremonyYear() == 2017 && names(entry.films()).equals(List.of("Notes on Blindness")))
			.map(entry -> names(entry.nominees()))
			.toList();
		assertThat(blindness).contains(List.of("Peter Middleton", "James Spinney", "Jo-Jo Ellison"))
			.allSatisfy(nominees -> assertThat(nominees).contains("Peter Middleton", "James Spinney")
				.doesNotContain("Pete Middleton James Spinney"));
		assertThat(entries.stream()
			.filter(entry -> names(entry.films()).stream().anyMatch(title -> title.startsWith("Reach for")))
			.map(entry -> entry.ceremonyYear() + " " + names(entry.films()).get(0) + " "
					+ (entry.note() == null ? "" : entry.note().substring(0, 28)))
			.distinct()
			.toList()).containsExactly("1957 Reach for the Sky ", "1963 Reach for the Sky The data set names Reach for");
	}

	/** A correction must meet exactly one cell of its year, so a new version of the file cannot leave it unapplied. */
	@Test
	void aCorrectionThatMeetsNoCellFailsTheLoad() {
		Corrections corrections = Corrections.read(BaftaFile.CORRECTIONS);
		assertThatThrownBy(() -> corrections.apply(List.of(List.of("2017", "Film | Documentary in 2017",
					"Notes on Blindness", "Peter Middleton, James Spinney", "False")), 5))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Pete Middleton James Spinney");
	}

}
