package org.filmref.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where an index files a name and how it sorts it: accents, case and leading punctuation aside. */
class LetterTests {

	@Test
	void sortKeysIgnoreAccentsCaseAndLeadingPunctuation() {
		assertThat(Letter.sortKey("Él")).isEqualTo("el");
		assertThat(Letter.sortKey("'Round Midnight")).isEqualTo("round midnight");
		assertThat(Letter.sortKey("...And Justice for All")).isEqualTo("and justice for all");
		assertThat(Letter.sortKey("Zoë")).isEqualTo("zoe");
		assertThat(Letter.sortKey("42nd Street")).isEqualTo("42nd street");
		assertThat(List.of("Zoë", "Él", "'Round Midnight", "abe").stream().sorted(
				java.util.Comparator.comparing(Letter::sortKey))).containsExactly("abe", "Él", "'Round Midnight", "Zoë");
	}

	@Test
	void indexOrderSortsByTheSortKeys() {
		List<String> names = List.of("Zoë", "Él", "'Round Midnight", "abe", "42nd Street");
		assertThat(names.stream().sorted(Letter.indexOrder(names, name -> name)))
			.containsExactly("42nd Street", "abe", "Él", "'Round Midnight", "Zoë");
	}

	@Test
	void aNameIsFiledUnderItsFirstLetterOrDigit() {
		assertThat(Letter.of("Él")).isEqualTo(new Letter('E'));
		assertThat(Letter.of("'Round Midnight")).isEqualTo(new Letter('R'));
		assertThat(Letter.of("42nd Street")).isEqualTo(Letter.OTHER);
	}

}
