package org.filmref.award.data;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.filmref.award.data.Careers.Work;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The career rules that tell whether a name's nomination is one of the site's people of that name. */
class CareersTests {

	@Test
	void oneTradeIsOneCareerOverSixtyYears() {
		// Hume Cronyn's nominations are 52 years apart.
		assertThat(Careers.oneCareer(Set.of(new Work("Acting", 1944)), new Work("Acting", 1996))).isTrue();
		assertThat(Careers.oneCareer(Set.of(new Work("Acting", 1930)), new Work("Acting", 1991))).isFalse();
		assertThat(Careers.oneCareer(Set.of(new Work("Special", 1930)), new Work("Special", 1991))).isFalse();
	}

	@Test
	void neighbouringTradesAreOneCareerOverFortyYears() {
		assertThat(Careers.oneCareer(Set.of(new Work("Acting", 1960)), new Work("Directing", 2000))).isTrue();
		assertThat(Careers.oneCareer(Set.of(new Work("Acting", 1960)), new Work("Directing", 2001))).isFalse();
		assertThat(Careers.oneCareer(Set.of(new Work("Production", 1980)), new Work("SciTech", 1990))).isTrue();
	}

	@Test
	void anActorAndAVisualEffectsArtistOfOneNameStayTwo() {
		assertThat(Careers.oneCareer(Set.of(new Work("Acting", 2000)), new Work("Production", 2002))).isFalse();
		assertThat(Careers.oneCareer(Set.of(new Work("Acting", 2000)), new Work("SciTech", 2000))).isFalse();
	}

	@Test
	void anHonoraryAwardFitsAnyTradeButTellsNothingAlone() {
		assertThat(Careers.oneCareer(Set.of(new Work("Special", 1990)), new Work("Music", 1950))).isTrue();
		assertThat(Careers.oneCareer(Set.of(new Work("Acting", 1990)), new Work(null, 1990))).isFalse();
		assertThat(Careers.trade("Special")).isEqualTo("honorary");
		assertThat(Careers.trade("Unknown")).isNull();
	}

	@Test
	void theSameKindOfWorkWithinTwentyFiveYearsTellsOnePersonOfSeveral() {
		Map<Long, Set<Work>> careers = Map.of(1L, Set.of(new Work("Acting", 1970)), 2L,
				Set.of(new Work("Music", 1975)), 3L, Set.of(new Work("Special", 1980)));
		List<Long> candidates = List.of(1L, 2L, 3L);
		assertThat(Careers.sameCareer(candidates, Set.of(new Work("Acting", 1995)), careers)).isEqualTo(1L);
		assertThat(Careers.sameCareer(candidates, Set.of(new Work("Music", 1999)), careers)).isEqualTo(2L);
		// Nobody of the same kind within 25 years: the honorary award on either side, when it is the only one.
		assertThat(Careers.sameCareer(candidates, Set.of(new Work("Writing", 1985)), careers)).isEqualTo(3L);
		assertThat(Careers.sameCareer(candidates, Set.of(new Work("Acting", 1996)), careers)).as("the honorary award")
			.isEqualTo(3L);
		assertThat(Careers.sameCareer(candidates, Set.of(new Work("Acting", 2006)), careers)).isNull();
	}

	@Test
	void whereTwoFitNeitherIsTaken() {
		Map<Long, Set<Work>> careers = Map.of(1L, Set.of(new Work("Acting", 1970)), 2L,
				Set.of(new Work("Acting", 1980)));
		assertThat(Careers.sameCareer(List.of(1L, 2L), Set.of(new Work("Acting", 1975)), careers)).isNull();
		assertThat(Careers.sameCareer(List.of(1L, 2L), Set.of(new Work("Acting", 2000)), careers)).isEqualTo(2L);
	}

}
