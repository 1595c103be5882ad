package org.filmref.web;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The paging of indexes and what they are filtered by, without the application. */
class PaginationTests {

	@Test
	void pagesOfAHundredWithTheAddressesOfTheOthers() {
		Pagination third = Pagination.of("/films", "letter=b", 3, 250);
		assertThat(third.pageCount()).isEqualTo(3);
		assertThat(third.first()).isEqualTo(201);
		assertThat(third.last()).isEqualTo(250);
		assertThat(third.slice(IntStream.rangeClosed(1, 250).boxed().toList())).hasSize(50).startsWith(201);
		assertThat(third.href(1)).isEqualTo("/films?letter=b");
		assertThat(third.href(2)).isEqualTo("/films?letter=b&page=2");
		assertThat(third.canonical()).isEqualTo("/films?letter=b&page=3");
		assertThat(third.hasNext()).isFalse();
		assertThat(third.titleSuffix()).isEqualTo(" – page 3 of 3");
		assertThat(Pagination.of("/films", "", 2, 101).href(2)).isEqualTo("/films?page=2");
		assertThat(Pagination.of("/films", "", 1, 101).titleSuffix()).isEmpty();
	}

	@Test
	void pageNumbersShowTheEndsAndTheNeighboursWithGaps() {
		assertThat(Pagination.of("/people", "", 10, 8_500).numbers()).containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 85);
		assertThat(Pagination.of("/people", "", 1, 350).numbers()).containsExactly(1, 2, 3, 4);
	}

	@Test
	void anEmptyIndexHasOneEmptyPageAndNoOther() {
		Pagination empty = Pagination.of("/films", "letter=x", 1, 0);
		assertThat(empty.slice(List.of())).isEmpty();
		assertThat(empty.paged()).isFalse();
		assertThatThrownBy(() -> Pagination.of("/films", "letter=x", 2, 0)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> Pagination.of("/films", "", 0, 10)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> Pagination.of("/films", "", 4, 250)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void lettersFileTitlesByTheirFirstLetterOrDigit() {
		assertThat(Letter.of("Braveheart")).isEqualTo(Letter.valueOf("B"));
		assertThat(Letter.of("Éva")).isEqualTo(Letter.valueOf("e"));
		assertThat(Letter.of("'Round Midnight").param()).isEqualTo("r");
		assertThat(Letter.of("42nd Street")).isEqualTo(Letter.OTHER);
		assertThat(Letter.of("Ōkami")).isEqualTo(Letter.valueOf("o"));
		assertThat(Letter.of("Шинель")).isEqualTo(Letter.OTHER);
		assertThat(Letter.valueOf("other")).isEqualTo(Letter.OTHER);
		assertThat(Letter.all()).hasSize(27).endsWith(Letter.OTHER);
		for (String bad : new String[] { "", "ab", "1", "#", "é", "OTHER" }) {
			assertThatThrownBy(() -> Letter.valueOf(bad)).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void decadesAreYearsEndingInZero() {
		assertThat(Decade.valueOf("1990").label()).isEqualTo("1990s");
		assertThat(Decade.of(1927)).isEqualTo(Decade.valueOf("1920"));
		assertThat(Decade.of(null)).isNull();
		for (String bad : new String[] { "1995", "199", "0", "01990", "1990s", "" }) {
			assertThatThrownBy(() -> Decade.valueOf(bad)).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void aFilterIsItsQueryAndListsEveryPageOfTheIndexForTheSitemap() {
		IndexFilter filter = new IndexFilter("/films", Letter.valueOf("b"), Decade.valueOf("1990"));
		assertThat(filter.query()).isEqualTo("letter=b&decade=1990");
		assertThat(filter.description()).isEqualTo(" under B of the 1990s");
		List<String> titles = IntStream.range(0, 150).mapToObj(i -> "B" + i).toList();
		List<String> addresses = IndexFilter.addresses("/films", titles, Letter::of, title -> Decade.of(1990));
		assertThat(addresses).startsWith("/films", "/films?page=2", "/films?letter=a")
			.contains("/films?letter=b", "/films?letter=b&page=2", "/films?letter=other", "/films?decade=1990",
					"/films?decade=1990&page=2")
			.doesNotContain("/films?page=3", "/films?letter=a&page=2")
			.doesNotHaveDuplicates();
	}

}
