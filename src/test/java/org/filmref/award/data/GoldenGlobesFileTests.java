package org.filmref.award.data;

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

}
