package org.filmref.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.filmref.web.HtmlPage;
import org.filmref.web.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every critic quote on the site, word for word as its research note gives it. The expected texts are written
 * here, copied from the notes themselves (quotes-en.md, items 1–14, 17, 18; the seed article's four German critics
 * with the Lexikon's original from quotes.md), not read through the seeding code: a quote edited in a migration,
 * lengthened from memory, or credited to a critic the note did not see fails here.
 */
@PageTest
class QuoteFidelityTests {

	/** One excerpt of quotes-en.md: {@code critic} is null where the note saw no byline (or a secondary copy). */
	record Expected(int item, String critic, String publication, String date, String url, String quote) {
	}

	static final List<Expected> ENGLISH = List.of(
			new Expected(1, "Owen Gleiberman", "Entertainment Weekly", "27 October 1995", "https://ew.com/article/1995/10/27/leaving-las-vegas-3/",
					"What makes Leaving Las Vegas a weirdly haunting experience is that the movie, without in any way compromising the horror of what Ben is doing, dares to view his suicide by bender as a cracked form of redemption — a lost soul’s gutter bid for grace."),
			new Expected(1, "Owen Gleiberman", "Entertainment Weekly", "27 October 1995", "https://ew.com/article/1995/10/27/leaving-las-vegas-3/",
					"Yet Leaving Las Vegas isn’t depressing."),
			new Expected(1, "Owen Gleiberman", "Entertainment Weekly", "27 October 1995", "https://ew.com/article/1995/10/27/leaving-las-vegas-3/",
					"Dark and giddy at the same time, Leaving Las Vegas takes us into dreamy, intoxicated places [...]"),
			new Expected(2, "Michael Wilmington", "Chicago Tribune", "10 November 1995", "http://articles.chicagotribune.com/1995-11-10/entertainment/9511100012_1_angel-eyes-drink-frank-sinatra",
					"Nicolas Cage -- his face as glowing and sad as Frank Sinatra's torch classic \"Angel Eyes\" -- plays a sweet, tormented drunk on his last binge in \"Leaving Las Vegas.\" And I don't see how you can get away from calling his performance a great one."),
			new Expected(2, "Michael Wilmington", "Chicago Tribune", "10 November 1995", "http://articles.chicagotribune.com/1995-11-10/entertainment/9511100012_1_angel-eyes-drink-frank-sinatra",
					"But, at its best, it's a fine, bluesy showcase for Cage and co-star Elisabeth Shue -- who take those archetypal roles of American lower-depths sagas, the drunk and the hooker -- and make them wail."),
			new Expected(2, "Michael Wilmington", "Chicago Tribune", "10 November 1995", "http://articles.chicagotribune.com/1995-11-10/entertainment/9511100012_1_angel-eyes-drink-frank-sinatra",
					"The movie, based on a semi-autobiographical novel by John O'Brien, is variable: sometimes sentimental, sometimes a little too explicit."),
			new Expected(3, "Marjorie Baumgarten", "The Austin Chronicle", "22 November 1995", "https://www.austinchronicle.com/events/film/1995-11-22/138309/print/",
					"Leaving Las Vegas hits you like a breath of fresh air coupled with a 100-proof chaser. The movie is an amazing, bracing, funny, audacious, tender, and sobering piece of filmmaking."),
			new Expected(3, "Marjorie Baumgarten", "The Austin Chronicle", "22 November 1995", "https://www.austinchronicle.com/events/film/1995-11-22/138309/print/",
					"Cage plays the part with complete abandon, creating a searingly immortal character."),
			new Expected(4, "Kevin Courrier", "Boxoffice", "27 October 1995", "http://cms.pro.boxoffice.com/reviews/2008-08-leaving-las-vegas?q=Elisabeth+Shue",
					"Cage's performance, which begins too far into the stratosphere, eventually deepens; he somehow turns this drunken sod's plight into a state of grace."),
			new Expected(4, "Kevin Courrier", "Boxoffice", "27 October 1995", "http://cms.pro.boxoffice.com/reviews/2008-08-leaving-las-vegas?q=Elisabeth+Shue",
					"However, the score is a huge blight on the proceedings."),
			new Expected(4, "Kevin Courrier", "Boxoffice", "27 October 1995", "http://cms.pro.boxoffice.com/reviews/2008-08-leaving-las-vegas?q=Elisabeth+Shue",
					"Otherwise, \"Leaving Las Vegas\" is one of the most boldly original dramas of the year."),
			new Expected(5, "Quentin Curtis", "The Independent", "21 January 1996", "https://independent.co.uk/life-style/days-of-wine-and-roses-5632102.html",
					"THE subject of Mike Figgis's astonishing Leaving Las Vegas (18) is unconditional love - the truest, the rarest, and, perhaps, the only sort."),
			new Expected(5, "Quentin Curtis", "The Independent", "21 January 1996", "https://independent.co.uk/life-style/days-of-wine-and-roses-5632102.html",
					"Some people drink like there's no tomorrow. Ben drinks to make sure there isn't one for him."),
			new Expected(6, "Ryan Gilbey", "The Independent", "14 March 1996", "https://the-independent.com/arts-entertainment/film-5624382.html",
					"After a variable few years, the British writer-director Mike Figgis returns with his masterpiece: a gritty, hallucinatory and hopelessly romantic tale of love and doom in Vegas."),
			new Expected(7, "Eleanor Ringel", "Film Scouts", null, "http://www.filmscouts.com/SCRIPTs/review.cfm?File=lea-lasr",
					"[...] the movie belongs to Cage whose fierce uncompromising portrayal is as serious as a hang-over and as jittery as the shakes."),
			new Expected(7, "Eleanor Ringel", "Film Scouts", null, "http://www.filmscouts.com/SCRIPTs/review.cfm?File=lea-lasr",
					"Unfortunately, the movie as a whole isn't as good as its stars. In fact, it's a bit of a drunk itself, given to self-indulgent poses and poetic pretentiousness."),
			new Expected(8, null, "RogerEbert.com", null, "http://www.rogerebert.com/reviews/great-movie-leaving-las-vegas-1995",
					"Mike Figgis' \"Leaving Las Vegas\" (1995) is not a love story, although it feels like one, but a story about two desperate people using love as a form of prayer and a last resort against their pain. It is also a sad, trembling portrait of the final stages of alcoholism."),
			new Expected(8, null, "RogerEbert.com", null, "http://www.rogerebert.com/reviews/great-movie-leaving-las-vegas-1995",
					"Cage's performance in these early scenes is an acutely observed record of a man coming to pieces."),
			new Expected(9, null, "Rolling Stone", null, "https://www.rollingstone.com/tv-movies/tv-movie-reviews/leaving-las-vegas-122527/",
					"Who the hell wants to see a movie about a Vegas hooker who finds time between rough trade to fall for a screenwriter bent on taking the last booze train to oblivion? You do, if you want to experience a uniquely hypnotic and haunting love story sparked by Nicolas Cage and Elisabeth Shue at their career best."),
			new Expected(9, null, "Rolling Stone", null, "https://www.rollingstone.com/tv-movies/tv-movie-reviews/leaving-las-vegas-122527/",
					"Shue is a revelation in the role."),
			new Expected(10, null, "Empire", null, "http://www.empireonline.com/movies/leaving-las-vegas/review/",
					"Based on the semi-autobiographical novel by John O'Brien, an alcoholic who committed suicide shortly after the film rights were acquired, this is dark, disturbing, and exceptionally moving."),
			new Expected(10, null, "Empire", null, "http://www.empireonline.com/movies/leaving-las-vegas/review/",
					"Powerful and visceral, this is the ultimate sobering experience."),
			new Expected(11, null, "The Independent", null, "http://www.independent.co.uk/arts-entertainment/selfloathing-in-las-vegas-1324541.html",
					"The hero and heroine of Leaving Las Vegas, Mike Figgis's beautiful and preposterous new film, have an open relationship."),
			new Expected(11, null, "The Independent", null, "http://www.independent.co.uk/arts-entertainment/selfloathing-in-las-vegas-1324541.html",
					"The first part of Leaving Las Vegas is certainly Figgis's most impressive piece of work - as stylish as Liebestraum, but blessed with the dynamism that was so sorely missed in that film."),
			new Expected(12, null, "The Baltimore Sun", "22 December 1995 (date from the URL)", "https://www.baltimoresun.com/news/bs-xpm-1995-12-22-1995356127-story.html",
					"For a movie about characters enmeshed in a downward swirl toward oblivion, however, it's weirdly upbeat. It is, in some nihilistic sense, about freedom."),
			new Expected(12, null, "The Baltimore Sun", "22 December 1995 (date from the URL)", "https://www.baltimoresun.com/news/bs-xpm-1995-12-22-1995356127-story.html",
					"Part of Figgis' radicalism in telling this story is his refusal to sentimentalize Ben."),
			new Expected(13, null, "Mail & Guardian", "2 May 1996 (date from the URL)", "https://mg.co.za/article/1996-05-02-one-for-the-road/",
					"But such is director Mike Figgis’s grasp of lost souls, enmeshed in a kind of purgatory of their own making, that this deeply romantic film seems neither depressing nor sentimental."),
			new Expected(13, null, "Mail & Guardian", "2 May 1996 (date from the URL)", "https://mg.co.za/article/1996-05-02-one-for-the-road/",
					"It is almost certainly this British director’s best work to date."),
			new Expected(14, null, "Time Out", null, "http://capitalcelluloid.blogspot.com/2020/03/capital-celluloid-2020-day-81-sat-mar-21.html",
					"This modestly budget masterpiece pools the Vegas streets with reflected neon and watches Ben drown."),
			new Expected(14, null, "Time Out", null, "http://capitalcelluloid.blogspot.com/2020/03/capital-celluloid-2020-day-81-sat-mar-21.html",
					"Elizabeth Shue is good as the young hooker he falls for, but Cage is extraordinary, producing an Oscar-winning performance of edgy, utterly convincing suicidal auto-destruct."),
			new Expected(17, "Henri Béhar", "Film Scouts", "15 September 1995", "http://filmscouts.com/scripts/diary.cfm?Festival=toronto&File=2701",
					"A volatile actor if there ever was one, Nicholas Cage is also one on the most versatile, and Elizabeth Shue proves just as fearless."),
			new Expected(18, null, "TV Guide", null, "https://www.tvguide.com/movies/leaving-las-vegas/130382/",
					"I don't go to Las Vegas. I don't often like films that go there. But long before the end of Mike Figgis's new movie, LEAVING LAS VEGAS, I didn't want to leave."));

	/** The seed's four, in the English of the German Wikipedia article's translation (the seed article). */
	static final List<Expected> GERMAN = List.of(
			new Expected(0, null, "Lexikon des internationalen Films", null,
					"https://www.filmdienst.de/film/details/67621/leaving-las-vegas",
					"An unadorned inventory of human ability to suffer and love, in which documentation and poetry meet in a depressing and unsettling description of existential borderline situations. In its uncompromising consistency, for some viewers a film that is certainly difficult to bear, which refuses moral categorization and instead invites reflection on individual fates. - Worth seeing."),
			new Expected(0, "Urs Jenny", "Der Spiegel", null, null,
					"[The movie] does not promise any kind of salvation. It shows the frenzy and the delirium, it shows the smacking, the gurgling, the trembling, the gagging, the drooling, the throwing up, and with all this it lets the man experience a love story on the way to death, the horror of having to die strangely transfigured and transformed. The enormity of this love gives the film its pull, its magic, its shocking power. [... The] music emphasizes that here you are telling a story full of nostalgia, that you sing the song of the loser again, celebrate the lonely downfall, the romance of self-destruction."),
			new Expected(0, "Norbert Grob", "Die Zeit", "10 May 1996 (date from the URL)",
					"https://www.zeit.de/1996/20/vegas.txt.19960510.xml",
					"The pictures show this condition as a natural obsession: As if it were about the passionate enjoyment of a person at archery or at the tea ceremony. They are images on the verge of madness, but poetized in a way as if they offer moments of the highest sensual pleasure. [...] Why the two do what they do, the film does not answer. [...] In their moments together, however, a solemn peace shimmers. [...] The city is, emphasized coarse-grained and recorded with a shaking hand camera, staged like a supermarket of civilization, like a richly filled chamber that only offers the space to self-destruct in peace and comfort."),
			new Expected(0, null, "kino.de", null, "https://www.kino.de/film/leaving-las-vegas-1995/",
					"'Leaving Las Vegas' is not a forgiving drama, but an irreconcilable delirium. Great cinema because it's about life, even when it's about death."));

	/** quotes.md, item 1: the Lexikon's German original, verified on filmdienst.de. */
	static final String LEXIKON_ORIGINAL = "Eine unbeschönigte Bestandsaufnahme menschlicher Leidens- und Liebesfähigkeit, in der sich Dokumentation und Poesie zu einer ebenso deprimierenden wie beunruhigenden Beschreibung existenzieller Grenzsituationen treffen. In seiner kompromißlosen Konsequenz für manchen Zuschauer ein sicher schwer erträglicher Film, der sich moralischer Kategorisierung verweigert und statt dessen zur Reflexion über individuelle Schicksale einlädt. - Sehenswert ab 16.";

	/** PARTIAL entries (items 15, 16) and aggregator snippets: never shown as quotes. */
	static final List<String> NOT_TO_QUOTE = List.of(
			"Ben Sanderson, played devastatingly by Nicolas Cage in \"Leaving Las Vegas,\" is something other than the usual movie drunk.",
			"This small, searing film watches transfixingly as Ben plays out his final hand.",
			"One of the many things that separate the movies of Hollywood’s classic era from those of today is their indulgent attitude to alcohol and drunkenness.",
			"The film pulls no punches, takes no prisoners and flies in the face of feel-good pictures.",
			"Cage and Shue make these cliches into unforgettable people.",
			"I don't see how you can get away from calling Cage’s performance a great one.",
			"that no movie about an alcoholic has gone before");

	/**
	 * Every person the note names as a critic, or remembers as one. None may appear beside a quote the note marks
	 * "no byline" or "secondary copy" ("RogerEbert.com" is the publication's own name).
	 */
	static final List<String> CRITIC_NAMES = List.of("Owen Gleiberman", "Michael Wilmington", "Marjorie Baumgarten",
			"Kevin Courrier", "Quentin Curtis", "Ryan Gilbey", "Eleanor Ringel", "Roger Ebert", "Henri Béhar",
			"Janet Maslin", "Nick James", "Peter Travers", "Hal Hinson", "Desson Howe", "Kenneth Turan",
			"Jonathan Rosenbaum", "Leonard Klady", "David Ansen", "Urs Jenny", "Norbert Grob");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CriticReviewRepository reviews;

	private static List<Expected> all() {
		return Stream.concat(GERMAN.stream(), ENGLISH.stream()).toList();
	}

	@Test
	void theDatabaseHoldsExactlyTheNotesQuotesWithTheirCredits() {
		assertThat(reviews.findAllWithSources())
			.extracting(r -> r.getPublication().getName(), r -> r.getCritic() == null ? null : r.getCritic().getName(),
					CriticReview::getQuote)
			.containsExactlyInAnyOrderElementsOf(
					all().stream().map(e -> tuple(e.publication(), e.critic(), e.quote())).toList());
		CriticReview lexikon = reviews.findAllWithSources()
			.stream()
			.filter(r -> r.getPublication().getName().equals("Lexikon des internationalen Films"))
			.findFirst()
			.orElseThrow();
		assertThat(lexikon.getOriginalText()).isEqualTo(LEXIKON_ORIGINAL);
	}

	@Test
	void everyQuoteOnEveryPageThatListsQuotesIsWordForWordTheNotes() throws Exception {
		List<String> pages = new ArrayList<>(List.of("/films/leaving-las-vegas", "/reviews", "/critics"));
		HtmlPage.page(mvc, "/critics").select("ul.critics a[href^=/critics/]").forEach(a -> pages.add(a.attr("href")));
		HtmlPage.page(mvc, "/publications").select("ul.publications a").forEach(a -> pages.add(a.attr("href")));
		Map<String, Expected> byText = new LinkedHashMap<>();
		all().forEach(e -> byText.put(e.quote(), e));
		int seen = 0;
		for (String path : pages) {
			Document page = HtmlPage.page(mvc, path);
			for (Element figure : page.select(".quote")) {
				String text = figure.selectFirst("blockquote").text();
				Expected expected = byText.get(text);
				assertThat(expected).as("quote on " + path + ": " + text).isNotNull();
				String credit = figure.selectFirst("figcaption").text();
				assertThat(credit).as(path).contains(expected.publication());
				if (expected.critic() != null) {
					assertThat(credit).as(path).contains(expected.critic());
				}
				assertNoOtherCritic(credit, expected, path);
				seen++;
			}
			for (String partial : NOT_TO_QUOTE) {
				assertThat(page.text()).as(path).doesNotContain(partial);
			}
		}
		assertThat(seen).isGreaterThanOrEqualTo(2 * all().size());
		assertThat(HtmlPage.page(mvc, "/reviews").select(".quote blockquote").eachText())
			.as("the review list has every quote once")
			.containsExactlyInAnyOrderElementsOf(all().stream().map(Expected::quote).toList());
	}

	@Test
	void everyQuotesPermalinkAnswersWithItsCreditDateAndSourceLink() throws Exception {
		Document index = HtmlPage.page(mvc, "/reviews");
		for (Element figure : index.select(".quote")) {
			Expected expected = all().stream()
				.filter(e -> e.quote().equals(figure.selectFirst("blockquote").text()))
				.findFirst()
				.orElseThrow();
			String permalink = figure.selectFirst("a.permalink").attr("href");
			Document page = HtmlPage.page(mvc, permalink);
			Element citation = page.getElementById("citation");
			assertThat(page.selectFirst("blockquote").text()).isEqualTo(expected.quote());
			assertThat(citation.select("a[href^=/publications/]").text()).isEqualTo(expected.publication());
			if (expected.critic() != null) {
				assertThat(citation.select("a[href^=/critics/]").text()).as(permalink).isEqualTo(expected.critic());
			}
			else {
				assertThat(citation.select("a[href^=/critics/]")).as(permalink).isEmpty();
				assertThat(citation.text()).as(permalink).contains("Not named");
			}
			if (expected.date() != null) {
				assertThat(citation.text()).as(permalink).contains("Date " + expected.date());
			}
			if (expected.url() != null) {
				assertThat(page.select("#references a[href]").eachAttr("href")).as(permalink).contains(expected.url());
			}
			else {
				assertThat(page.select("#references")).as(permalink + ": a source is cited").isNotEmpty();
			}
			assertNoOtherCritic(page.selectFirst("article").text(), expected, permalink);
		}
	}

	@Test
	void noCriticIsNamedForAQuoteTheNoteMarksNoByline() throws Exception {
		List<Expected> unsigned = ENGLISH.stream().filter(e -> e.critic() == null).toList();
		assertThat(unsigned).extracting(Expected::item).containsOnly(8, 9, 10, 11, 12, 13, 14, 18);
		for (CriticReview review : reviews.findAllWithSources()) {
			if (unsigned.stream().anyMatch(e -> e.quote().equals(review.getQuote()))) {
				assertThat(review.getCritic()).as(review.getQuote()).isNull();
				assertThat(review.getReference().getAuthor()).as(review.getQuote()).isNull();
				assertThat(review.getCreditCaveat()).as("the note's caveat beside the credit").isNotBlank();
			}
		}
	}

	@Test
	void scoresOnlyAsTheNoteStatesThemWithSourceAndDate() throws Exception {
		Element film = HtmlPage.page(mvc, "/reviews").getElementById("leaving-las-vegas");
		assertThat(film.select("ul.aggregates li")).hasSize(1);
		assertThat(film.selectFirst("ul.aggregates li").text()).startsWith("Metacritic: \"Universal acclaim - based on 23 "
				+ "Critics\", with \"Positive: 21 out of 23\" and \"Negative: 0 out of 23\" (date of the stored copy "
				+ "unknown). Source:");
		assertThat(film.select("ul.aggregates a[href]").eachAttr("href"))
			.contains("http://www.metacritic.com/movie/leaving-las-vegas/critic-reviews?dist=neutral&num_items=30");
		// The note's "Metascore 82" (a secondary list) and a remembered Rotten Tomatoes figure are not shown.
		assertThat(film.text()).doesNotContainPattern("\\b82\\b").doesNotContain("90%");
	}

	private static void assertNoOtherCritic(String text, Expected expected, String where) {
		for (String name : CRITIC_NAMES) {
			if (!name.equals(expected.critic())) {
				assertThat(text).as(where + ": " + expected.quote()).doesNotContain(name);
			}
		}
	}

}
