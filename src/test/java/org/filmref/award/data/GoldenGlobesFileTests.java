package org.filmref.award.data;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GoldenGlobesFileTests {

	@Test
	void aQuotedSongTitleIsReadWholeWithoutItsQuotationMarks() {
		assertThat(GoldenGlobesFile.songParts("\"Hold Me, Thrill Me, Kiss Me, Kill Me\", U2"))
			.containsExactly("Hold Me, Thrill Me, Kiss Me, Kill Me", "U2");
		assertThat(GoldenGlobesFile.songParts("\"Moonlight\", John Williams, Alan Bergman, Marilyn Bergman"))
			.containsExactly("Moonlight", "John Williams", "Alan Bergman", "Marilyn Bergman");
	}

	@Test
	void anUnquotedSongTitleEndsAtTheFirstComma() {
		assertThat(GoldenGlobesFile.songParts("Town Without Pity, Dimitri Tiomkin, Ned Washington"))
			.containsExactly("Town Without Pity", "Dimitri Tiomkin", "Ned Washington");
	}

	/** "Harvey Mason, Jr." is one writer of "The Living Proof", not Harvey Mason and a person called Jr. */
	@Test
	void aSuffixAfterACommaBelongsToTheNameBeforeIt() {
		assertThat(GoldenGlobesFile.songParts(
				"\"The Living Proof\", Mary J. Blige, Thomas Newman, Harvey Mason, Jr., Damon Thomas"))
			.containsExactly("The Living Proof", "Mary J. Blige", "Thomas Newman", "Harvey Mason, Jr.", "Damon Thomas");
		assertThat(GoldenGlobesFile.parts("Charles Brackett, Billy Wilder, D. M. Marshman Jr."))
			.containsExactly("Charles Brackett", "Billy Wilder", "D. M. Marshman Jr.");
	}

	/** Several writers or composers in one row are each a nominee; a film in the actress's column is the film. */
	@Test
	void eachWriterIsANominee() {
		List<AwardEntry> entries = GoldenGlobesFile.entries("db/data/golden-globes/golden_globe_awards.csv",
				CategoryRules.read("db/data/golden-globes/categories.tsv"));
		AwardEntry coens = entries.stream()
			.filter(entry -> entry.edition() == 65 && entry.categoryKey().equals("Best Director")
					&& entry.films().stream().anyMatch(film -> film.name().equals("No Country for Old Men")))
			.findFirst()
			.orElseThrow();
		assertThat(coens.nominees()).extracting(AwardEntry.Credit::name).containsExactly("Ethan Coen", "Joel Coen");
		assertThat(entries).flatExtracting(AwardEntry::nominees)
			.extracting(AwardEntry.Credit::name)
			.noneMatch(name -> name.contains(", ") && !name.matches(".*, (Jr|Sr)\\.?$"));
		AwardEntry deepEnd = entries.stream()
			.filter(entry -> entry.films().stream().anyMatch(film -> film.name().equals("The Deep End")))
			.findFirst()
			.orElseThrow();
		assertThat(deepEnd.nominees()).isEmpty();
	}

	/**
	 * A foreign-language film's row names a country and director on one side and the film on the other, in either
	 * order; a title with a comma ("Divorce, Italian Style", "Conformist, The") is not taken for a country.
	 */
	@Test
	void theCountryAndDirectorAreNeverAFilm() {
		List<AwardEntry> entries = GoldenGlobesFile.entries("db/data/golden-globes/golden_globe_awards.csv",
				CategoryRules.read("db/data/golden-globes/categories.tsv"));
		assertThat(entries).flatExtracting(AwardEntry::films)
			.extracting(AwardEntry.Credit::name)
			.doesNotContain("Italy, Pietro Germi", "France, François Truffaut", "Israel, Ephraim Kishon",
					"Sweden, Jan Troell", "France, Luis Buñuel", "Italy, Bernardo Bertolucci");
		AwardEntry divorce = entries.stream()
			.filter(entry -> entry.edition() == 20 && entry.categoryKey().equals("Best Foreign Language Film")
					&& entry.films().stream().anyMatch(film -> film.name().startsWith("Divorce")))
			.findFirst()
			.orElseThrow();
		assertThat(divorce.films()).extracting(AwardEntry.Credit::name).containsExactly("Divorce, Italian Style");
		assertThat(divorce.nominees()).extracting(AwardEntry.Credit::name).containsExactly("Pietro Germi");
		assertThat(divorce.detail()).isEqualTo("Italy");
		// a co-production's countries are the detail, never people
		AwardEntry testament = entries.stream()
			.filter(entry -> entry.films().stream().anyMatch(film -> film.name().equals("The Brand New Testament")))
			.findFirst()
			.orElseThrow();
		assertThat(testament.nominees()).extracting(AwardEntry.Credit::name).containsExactly("Jaco Van Dormael");
		assertThat(testament.detail()).isEqualTo("Belgium, France, Luxembourg");
		assertThat(entries).flatExtracting(AwardEntry::nominees)
			.extracting(AwardEntry.Credit::name)
			.doesNotContain("France", "Italy", "Israel", "Denmark", "Mexico", "United Kingdom", "Germany", "Estonia",
					"Luxembourg", "Yugoslavia", "United States");
	}

}
