package org.filmref.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.filmref.web.PageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The film page's structured data: the schema.org {@code Movie} parses and has what search engines read, awards list
 * wins only, and the page has its canonical link, Open Graph and Twitter card tags.
 */
@PageTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilmStructuredDataTests {

	private static final String URL = "http://localhost:8080/films/leaving-las-vegas";

	Document page;

	JsonNode movie;

	@BeforeAll
	void load(@Autowired MockMvc mvc) throws Exception {
		page = Jsoup.parse(mvc.perform(get("/films/leaving-las-vegas")).andReturn().getResponse().getContentAsString());
		Elements scripts = page.select("script[type=application/ld+json]");
		assertThat(scripts).hasSize(1);
		assertThat(page.select("script:not([type=application/ld+json])")).as("no executable script").isEmpty();
		movie = JsonMapper.builder().build().readTree(scripts.first().data());
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach(node -> values.add(field == null ? node.asString() : node.path(field).asString()));
		return values;
	}

	@Test
	void theFilmIsAMovieWithItsFacts() {
		assertThat(movie.path("@context").asString()).isEqualTo("https://schema.org");
		assertThat(movie.path("@type").asString()).isEqualTo("Movie");
		assertThat(movie.path("name").asString()).isEqualTo("Leaving Las Vegas");
		assertThat(movie.path("url").asString()).isEqualTo(URL);
		assertThat(movie.path("datePublished").asString()).startsWith("1995");
		assertThat(movie.path("duration").asString()).isEqualTo("PT111M");
		assertThat(movie.path("inLanguage").asString()).isEqualTo("en");
		assertThat(texts(movie.path("countryOfOrigin"), "name")).contains("United States");
		assertThat(movie.path("sameAs").asString()).isEqualTo("https://www.imdb.com/title/tt0113627/");
	}

	@Test
	void directorAndCastWithTheirCharacters() {
		JsonNode director = movie.path("director").get(0);
		assertThat(director.path("@type").asString()).isEqualTo("Person");
		assertThat(director.path("name").asString()).isEqualTo("Mike Figgis");
		assertThat(movie.path("actor").size()).isEqualTo(FilmStructuredData.PRINCIPAL_CAST);
		movie.path("actor").forEach(role -> {
			assertThat(role.path("@type").asString()).isEqualTo("PerformanceRole");
			assertThat(role.path("actor").path("@type").asString()).isEqualTo("Person");
			assertThat(role.path("actor").path("name").asString()).isNotBlank();
			assertThat(role.path("characterName").asString()).isNotBlank();
		});
		JsonNode cage = movie.path("actor").get(0);
		assertThat(cage.path("actor").path("name").asString()).isEqualTo("Nicolas Cage");
		assertThat(cage.path("characterName").asString()).isEqualTo("Ben Sanderson");
	}

	@Test
	void basedOnTheNovelAsABookWithItsAuthor() {
		JsonNode book = movie.path("isBasedOn");
		assertThat(book.path("@type").asString()).isEqualTo("Book");
		assertThat(book.path("name").asString()).isEqualTo("Leaving Las Vegas");
		assertThat(book.path("author").path("name").asString()).isEqualTo("John O'Brien");
	}

	@Test
	void criticReviewsWithPublisherPermalinkAndAnAuthorOnlyWhereKnown() {
		JsonNode reviews = movie.path("review");
		assertThat(reviews.size()).as("the film page's selection").isEqualTo(6);
		Map<String, String> authors = new LinkedHashMap<>();
		reviews.forEach(review -> {
			assertThat(review.path("@type").asString()).isEqualTo("CriticReview");
			assertThat(review.path("publisher").path("@type").asString()).isEqualTo("Organization");
			assertThat(review.has("reviewBody")).as("the text is on the review's own page").isFalse();
			assertThat(review.path("url").asString()).matches("http://localhost:8080/reviews/\\d+");
			authors.put(review.path("publisher").path("name").asString(),
					review.has("author") ? review.path("author").path("@type").asString() + " "
							+ review.path("author").path("name").asString() : null);
		});
		// The critics of Der Spiegel and Die Zeit are named only by the German Wikipedia article, with a doubt: no
		// author. Unsigned
		// entries (the Lexikon, kino.de) are not authored by a person the site could name.
		assertThat(authors).containsExactly(entry("Lexikon des internationalen Films", null),
				entry("Der Spiegel", null), entry("Die Zeit", null), entry("kino.de", null),
				entry("The Austin Chronicle", "Person Marjorie Baumgarten"),
				entry("Film Scouts", "Person Eleanor Ringel"));
	}

	@Test
	void awardsListWinsOnly() {
		List<String> awards = texts(movie.path("award"), null);
		assertThat(awards).contains("Academy Award for Best Actor (1996)")
			.allSatisfy(award -> assertThat(award).matches(".+ for .+ \\(\\d{4}\\)"))
			.doesNotContain("Academy Award for Best Actress (1996)", "Academy Award for Best Director (1996)");
		int wins = page.select("#awards .won, #awards [data-won=true]").size();
		if (wins > 0) {
			assertThat(awards).hasSize(wins);
		}
	}

	@Test
	void canonicalOpenGraphAndTwitterCard() {
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(URL);
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(URL);
		assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("video.movie");
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Leaving Las Vegas (1995 film)");
		assertThat(page.select("meta[property=og:site_name]").attr("content")).isEqualTo("filmref");
		assertThat(page.select("meta[property=og:description]").attr("content")).startsWith("Leaving Las Vegas is");
		assertThat(page.select("meta[name=description]").attr("content")).startsWith("Leaving Las Vegas is");
		assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Leaving Las Vegas (1995 film)");
	}

	@Test
	void noInlineStyleAnywhere() {
		assertThat(page.select("[style]")).isEmpty();
		assertThat(page.select("style")).isEmpty();
	}

}
