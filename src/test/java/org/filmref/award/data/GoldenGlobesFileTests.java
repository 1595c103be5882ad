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

	/** "Harvey Mason, Jr." is one writer of "The Living Proof", not Harvey Mason and a person called Jr. */
	@Test
	void aSuffixAfterACommaBelongsToTheNameBeforeIt() {
		assertThat(GoldenGlobesFile.songParts(
				"\"The Living Proof\", Mary J. Blige, Thomas Newman, Harvey Mason, Jr., Damon Thomas"))
			.containsExactly("The Living Proof", "Mary J. Blige", "Thomas Newman", "Harvey Mason, Jr.", "Damon Thomas");
		assertThat(GoldenGlobesFile.parts("Charles Brackett, Billy Wilder, D. M. Marshman Jr."))
			.containsExactly("Charles Brackett", "Billy Wilder", "D. M. Marshman Jr.");
	}

}
