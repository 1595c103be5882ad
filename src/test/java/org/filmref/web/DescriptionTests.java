package org.filmref.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptionTests {

	@Test
	void namesEveryItemThatFits() {
		assertThat(Description.listing("Quotes from ", List.of("Der Spiegel", "Die Zeit", "kino.de"), "."))
			.isEqualTo("Quotes from Der Spiegel, Die Zeit and kino.de.");
		assertThat(Description.join(List.of("Der Spiegel"))).isEqualTo("Der Spiegel");
		assertThat(Description.join(List.of("Der Spiegel", "Die Zeit"))).isEqualTo("Der Spiegel and Die Zeit");
	}

	@Test
	void countsTheItemsThatDoNotFit() {
		List<String> items = List.of("a".repeat(60), "b".repeat(60), "c".repeat(60), "d".repeat(60));
		String text = Description.listing("Head: ", items, ".");
		assertThat(text).isEqualTo("Head: " + "a".repeat(60) + ", " + "b".repeat(60) + " and 2 more.");
		assertThat(text.length()).isLessThanOrEqualTo(Description.LENGTH);
	}

	@Test
	void alwaysNamesTheFirstItem() {
		assertThat(Description.listing("Head: ", List.of("a".repeat(200), "b"), "."))
			.isEqualTo("Head: " + "a".repeat(200) + " and 1 more.");
		assertThat(Description.listing("Nothing listed", List.of(), ".")).isEqualTo("Nothing listed.");
	}

}
