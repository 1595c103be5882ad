package org.filmref.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.filmref.web.PageTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking and matching on the real seeded content, through the service.
 */
@PageTest
class SiteSearchTests {

	@Autowired
	SiteSearch search;

	@Test
	void theSongQuestionRanksTheSongFirst() {
		SearchResults results = search.search("who sings the song leaving las vegas");
		assertThat(results.best().kind()).isEqualTo(SearchKind.SONG);
		assertThat(results.best().url()).isEqualTo("/songs/leaving-las-vegas");
		assertThat(results.groups().get(0).kind()).isEqualTo(SearchKind.SONG);
	}

	@Test
	void hitsOfEqualScoreAreInAlphabeticalOrder() {
		SearchResults results = search.search("best");
		int ties = 0;
		for (SearchResults.Group group : results.groups()) {
			List<SearchHit> hits = group.hits();
			for (int i = 1; i < hits.size(); i++) {
				if (hits.get(i).score() == hits.get(i - 1).score()) {
					ties++;
					assertThat(hits.get(i).title()).isGreaterThanOrEqualTo(hits.get(i - 1).title());
				}
			}
		}
		assertThat(ties).as("equally scored hits for \"best\"").isPositive();
	}

	@Test
	void withoutIntentWordsTheFilmComesFirst() {
		assertThat(search.search("leaving las vegas").best().kind()).isEqualTo(SearchKind.FILM);
	}

	@Test
	void snippetsEscapeTheTextBeforeMarkingIt() {
		SearchResults results = search.search("o'brien");
		assertThat(results.total()).isPositive();
		results.groups()
			.stream()
			.flatMap(g -> g.hits().stream())
			.forEach(hit -> assertThat(hit.snippetHtml().toString().replaceAll("</?mark>", "")).doesNotContain("<", ">"));
	}

	@Test
	void queriesWithoutWordsSearchNothing() {
		for (String query : new String[] { "\"", "*", "~~~", "\\", "()", "" }) {
			SearchResults results = search.search(query);
			assertThat(results.words()).isEmpty();
			assertThat(results.isEmpty()).isTrue();
		}
	}

	@Test
	void misspeltNamesFindThePeople() {
		assertThat(search.search("nicholas cage").best().url()).isEqualTo("/people/nicolas-cage");
		assertThat(search.search("elizabeth shue").best().url()).isEqualTo("/people/elisabeth-shue");
	}

	@Test
	void misspeltNamesAndTitlesFindEveryPersonAndFilmOfTheAwardData() {
		SearchResults streep = search.search("meryl strep");
		assertThat(streep.best().kind()).isEqualTo(SearchKind.PERSON);
		assertThat(streep.best().title()).isEqualTo("Meryl Streep");
		assertThat(streep.groups().get(0).kind()).isEqualTo(SearchKind.PERSON);

		SearchResults braveheart = search.search("bravehart");
		assertThat(braveheart.best().kind()).isEqualTo(SearchKind.FILM);
		assertThat(braveheart.best().title()).isEqualTo("Braveheart");

		assertThat(search.search("katharine hepburn").best().title()).isEqualTo("Katharine Hepburn");
		assertThat(search.search("titanic").best().title()).isEqualTo("Titanic");
	}

	@Test
	void thePersonOrFilmRanksAboveWhatMerelyMentionsThem() {
		// Nicolas Cage is named in trivia, critics' quotes and his character's credit; his page comes first.
		SearchResults cage = search.search("nicolas cage");
		assertThat(cage.best().url()).isEqualTo("/people/nicolas-cage");
		assertThat(cage.groups().get(0).kind()).isEqualTo(SearchKind.PERSON);
		assertThat(cage.total()).isGreaterThan(cage.groups().get(0).hits().size());
		// Mike Figgis's film is named on the pages of its cast, quotes and trivia
		SearchResults film = search.search("leaving las vegas");
		assertThat(film.best().url()).isEqualTo("/films/leaving-las-vegas");
	}

	@Test
	void wordFormsMatchByStem() {
		SearchResults results = search.search("drinking");
		assertThat(results.groups()).extracting(SearchResults.Group::kind).contains(SearchKind.FILM);
		assertThat(results.groups().stream().flatMap(g -> g.hits().stream()).map(hit -> hit.snippetHtml().toString()))
			.anyMatch(snippet -> snippet.contains("<mark>drink</mark>"));
	}

	@Test
	void aFragmentOfACriticQuoteFindsItsReview() {
		SearchResults results = search.search("irreconcilable delirium");
		assertThat(results.best().kind()).isEqualTo(SearchKind.REVIEW);
		assertThat(results.best().snippetHtml().toString()).contains("<mark>irreconcilable</mark> <mark>delirium</mark>");
	}

	@Test
	void criticQuotesAreFoundByCriticPublicationAndWords() {
		assertThat(reviewTitles("Gleiberman")).isNotEmpty().allMatch(t -> t.startsWith("Entertainment Weekly, Owen Gleiberman"));
		assertThat(reviewTitles("Norbert Grob")).anyMatch(t -> t.startsWith("Die Zeit, Norbert Grob"));
		assertThat(reviewTitles("rolling stone")).anyMatch(t -> t.startsWith("Rolling Stone on"));
		assertThat(reviewTitles("baltimore sun")).anyMatch(t -> t.startsWith("The Baltimore Sun on"));
		assertThat(reviewTitles("uniquely hypnotic")).containsExactly("Rolling Stone on Leaving Las Vegas");
		assertThat(reviewTitles("Eleanor Ringle")).as("a misspelt name").anyMatch(t -> t.contains("Eleanor Ringel"));
	}

	@Test
	void whenResultsMatchEveryWordThoseMatchingOnlySomeAreLeftOut() {
		SearchResults streep = search.search("meryl strep");
		assertThat(titles(streep)).contains("Meryl Streep")
			.noneMatch(title -> title.contains("Strip") || title.contains("Steps"));

		SearchResults crow = search.search("sheryl crow");
		assertThat(crow.best().url()).isIn("/people/sheryl-crow", "/songs/leaving-las-vegas");
		assertThat(titles(crow)).anyMatch(title -> title.contains("song by Sheryl Crow"))
			.noneMatch(title -> title.contains("Crowe") || title.contains("Sherry") || title.contains("Shel ")
					|| title.startsWith("The Crowd") || title.startsWith("The Cow"));
	}

	/**
	 * The titles and names by which an award body credits a film or person the site has under another find that page
	 * first (the Globes' "Sunset Boulevard" is Sunset Blvd., third for this query without them, after Sunset and
	 * Before Sunset; BAFTA's "My Life as a Courgette" is My Life as a Zucchini, second after My Life as a Dog), with
	 * the same typo tolerance, and only the page that matches every word is shown.
	 */
	@Test
	void anAwardBodysOwnTitleOrNameFindsThePageFirst() {
		assertThat(urls(search.search("sunset boulevard"))).first().isEqualTo("/films/sunset-blvd-1950");
		assertThat(urls(search.search("Sunset Boulvard"))).as("misspelt").first().isEqualTo("/films/sunset-blvd-1950");
		assertThat(urls(search.search("dr zhivago"))).first().isEqualTo("/films/doctor-zhivago-1965");
		assertThat(urls(search.search("my life as a courgette"))).containsExactly("/films/my-life-as-a-zucchini-2016");
		assertThat(urls(search.search("closely observed trains"))).first()
			.isEqualTo("/films/closely-watched-trains-1967");
		assertThat(urls(search.search("the four hundred blows"))).first().isEqualTo("/films/the-400-blows-1959");
		assertThat(urls(search.search("j carroll naish"))).first().isEqualTo("/people/j-carrol-naish");
		assertThat(urls(search.search("ellen page"))).first().isEqualTo("/people/elliot-page");
		assertThat(urls(search.search("buzz knudson"))).first().isEqualTo("/people/robert-knudson");
	}

	/**
	 * A word that the site's title and the other title share counts once: a query of the site's own words ranks as
	 * it would without the other titles ("sunset": Sunset, Before Sunset, then Sunset Blvd., whose other title
	 * Sunset Boulevard adds nothing for it).
	 */
	@Test
	void aPlainQueryRanksAsWithoutTheOtherTitles() {
		assertThat(urls(search.search("sunset"))).startsWith("/films/sunset-1988", "/films/before-sunset-2004",
				"/films/sunset-blvd-1950");
		assertThat(urls(search.search("elliot page"))).first().isEqualTo("/people/elliot-page");
	}

	@Test
	void whenNoResultMatchesEveryWordThoseMatchingSomeAreShown() {
		assertThat(titles(search.search("meryl bravehart"))).contains("Meryl Streep", "Braveheart");
	}

	private static List<String> urls(SearchResults results) {
		return results.groups().stream().flatMap(g -> g.hits().stream()).map(SearchHit::url).toList();
	}

	private static List<String> titles(SearchResults results) {
		return results.groups().stream().flatMap(g -> g.hits().stream()).map(SearchHit::title).toList();
	}

	private List<String> reviewTitles(String query) {
		return search.search(query)
			.groups()
			.stream()
			.filter(g -> g.kind() == SearchKind.REVIEW)
			.flatMap(g -> g.hits().stream())
			.map(SearchHit::title)
			.toList();
	}

}
