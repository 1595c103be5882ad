package org.filmref.film;

import java.util.List;

import org.filmref.award.Nomination;
import org.filmref.award.NominationRepository;
import org.filmref.review.CriticReview;
import org.filmref.review.CriticReviewRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded content, read through the repositories: Flyway's schema has validated against the entities when this
 * context starts ({@code ddl-auto=validate}). A JPA slice: repositories, Flyway and the database, without the web.
 * It uses the tests' in-memory database as configured, which the other contexts of the run share and Flyway migrates
 * once, instead of a new embedded one migrated again.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class FilmRepositoryTests {

	@Autowired
	FilmRepository films;

	@Autowired
	CreditRepository credits;

	@Autowired
	NominationRepository nominations;

	@Autowired
	CriticReviewRepository reviews;

	@Autowired
	TriviaRepository trivia;

	@Test
	void theFilmIsSeededWithItsInfoboxValues() {
		Film film = films.findPageBySlug("leaving-las-vegas").orElseThrow();
		assertThat(film.getTitle()).isEqualTo("Leaving Las Vegas");
		assertThat(film.getReleaseYear()).isEqualTo(1995);
		assertThat(film.getImdbId()).isEqualTo("tt0113627");
		assertThat(film.getNovel().getAuthor().getName()).isEqualTo("John O'Brien");
		assertThat(film.getReleases()).isNotEmpty();
		assertThat(film.getTextSourceUrl()).isEqualTo("https://de.wikipedia.org/wiki/Leaving_Las_Vegas");
		assertThat(film.getWebLinks()).extracting(WebLink::getUrl).contains("https://www.imdb.com/title/tt0113627/");
	}

	@Test
	void everyFilmIsFoundBySlugThoughOnlyTheArticlesHavePages() {
		assertThat(films.findAllWithPage()).extracting(Film::getSlug).containsExactly("leaving-las-vegas");
		assertThat(films.findPageBySlug("braveheart")).get().extracting(Film::hasPage).isEqualTo(false);
	}

	@Test
	void theFullCastIsSeededInBillingOrder() {
		Film film = films.findPageBySlug("leaving-las-vegas").orElseThrow();
		List<Credit> cast = credits.findByFilm(film).stream().filter(c -> c.getRole() == CreditRole.CAST).toList();
		assertThat(cast).hasSize(31);
		assertThat(cast.get(0).getPerson().getName()).isEqualTo("Nicolas Cage");
		assertThat(cast.get(0).getCharacterName()).isEqualTo("Ben Sanderson");
		assertThat(cast.get(1).getPerson().getName()).isEqualTo("Elisabeth Shue");
		assertThat(cast.get(1).getCharacterName()).isEqualTo("Sera");
		assertThat(cast).anySatisfy(credit -> assertThat(credit.getCreditedAs()).isEqualTo("Al Henderson"));
	}

	@Test
	void nineteenNominationsSevenWinsAcrossFiveCeremonies() {
		Film film = films.findPageBySlug("leaving-las-vegas").orElseThrow();
		List<Nomination> own = nominations.findOf(film);
		assertThat(own).hasSize(19);
		assertThat(own.stream().filter(Nomination::isWon)).hasSize(7);
		assertThat(own).extracting(n -> n.getCeremonyCategory().getCeremony().getName())
			.containsOnly("68th Academy Awards", "53rd Golden Globe Awards", "11th Independent Spirit Awards",
					"49th British Academy Film Awards", "2nd Screen Actors Guild Awards");
	}

	@Test
	void everyCategoryTheFilmLostHasAWinner() {
		Film film = films.findPageBySlug("leaving-las-vegas").orElseThrow();
		nominations.findOf(film)
			.stream()
			.filter(n -> !n.isWon())
			.forEach(lost -> assertThat(nominations.findByCeremony(lost.getCeremonyCategory().getCeremony()))
				.filteredOn(n -> n.getCeremonyCategory().getId().equals(lost.getCeremonyCategory().getId()))
				.filteredOn(Nomination::isWon)
				.hasSize(1));
	}

	@Test
	void filmPageSelectionIsTheSeedsFourCriticsThenTwoEnglishOnes() {
		Film film = films.findPageBySlug("leaving-las-vegas").orElseThrow();
		assertThat(reviews.findOnFilmPage(film)).extracting(r -> r.getPublication().getName())
			.containsExactly("Lexikon des internationalen Films", "Der Spiegel", "Die Zeit", "kino.de",
					"The Austin Chronicle", "Film Scouts");
		CriticReview lexikon = reviews.findOnFilmPage(film).get(0);
		assertThat(lexikon.getOriginalLanguage()).isEqualTo("de");
		assertThat(lexikon.getOriginalText()).startsWith("Eine unbeschönigte Bestandsaufnahme");
	}

	@Test
	void triviaKeepsTheSeedOrderAndItsSources() {
		Film film = films.findPageBySlug("leaving-las-vegas").orElseThrow();
		List<Trivia> items = trivia.findByFilm(film);
		assertThat(items).hasSizeGreaterThanOrEqualTo(3);
		assertThat(items.get(0).getText()).contains("Super 16");
		assertThat(items.get(1).getText()).contains("two weeks before");
		assertThat(items.get(1).getNote()).isNotBlank();
		assertThat(items).allSatisfy(item -> assertThat(item.getReferences()).isNotEmpty());
	}

}
