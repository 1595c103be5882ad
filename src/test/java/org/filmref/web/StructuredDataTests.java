package org.filmref.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page type carries its schema.org document (the film's {@code Movie} has its own tests), and every page, with
 * or without its own meta, has a canonical link and Open Graph URL.
 */
@PageTest
class StructuredDataTests {

	private static final String BASE = "http://localhost:8080";

	@Autowired
	MockMvc mvc;

	private Document page(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private JsonNode jsonLd(Document page) {
		assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
		JsonNode document = JsonMapper.builder()
			.build()
			.readTree(page.selectFirst("script[type=application/ld+json]").data());
		assertThat(document.path("@context").asString()).isEqualTo("https://schema.org");
		return document;
	}

	@Test
	void personPageIsAPerson() throws Exception {
		Document page = page("/people/nicolas-cage");
		JsonNode person = jsonLd(page);
		assertThat(person.path("@type").asString()).isEqualTo("Person");
		assertThat(person.path("name").asString()).isEqualTo("Nicolas Cage");
		assertThat(person.path("url").asString()).isEqualTo(BASE + "/people/nicolas-cage");
		assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("profile");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/people/nicolas-cage");
	}

	@Test
	void novelPageIsABookWithItsAuthor() throws Exception {
		JsonNode book = jsonLd(page("/novels/leaving-las-vegas"));
		assertThat(book.path("@type").asString()).isEqualTo("Book");
		assertThat(book.path("name").asString()).isEqualTo("Leaving Las Vegas");
		assertThat(book.path("author").path("name").asString()).isEqualTo("John O'Brien");
		assertThat(book.path("datePublished").asString()).isEqualTo("1990");
	}

	@Test
	void songPageIsAMusicRecordingOfAComposition() throws Exception {
		JsonNode song = jsonLd(page("/songs/leaving-las-vegas"));
		assertThat(song.path("@type").asString()).isEqualTo("MusicRecording");
		assertThat(song.path("byArtist").path("name").asString()).isEqualTo("Sheryl Crow");
		assertThat(song.path("inAlbum").path("@type").asString()).isEqualTo("MusicAlbum");
		assertThat(song.path("inAlbum").path("name").asString()).isEqualTo("Tuesday Night Music Club");
		assertThat(song.path("recordingOf").path("@type").asString()).isEqualTo("MusicComposition");
		assertThat(song.path("recordingOf").path("composer").size()).isEqualTo(6);
		if (song.has("duration")) {
			assertThat(song.path("duration").asString()).matches("PT\\d+M\\d+S");
		}
	}

	@Test
	void reviewPermalinkIsACriticReviewOfTheFilm() throws Exception {
		JsonNode review = jsonLd(page("/reviews/2"));
		assertThat(review.path("@type").asString()).isEqualTo("CriticReview");
		// Urs Jenny is named only by the German Wikipedia article (the review was not found): a doubt, no author
		assertThat(review.has("author")).isFalse();
		assertThat(review.path("publisher").path("name").asString()).isEqualTo("Der Spiegel");
		assertThat(review.path("reviewBody").asString()).isNotBlank();
		assertThat(review.path("url").asString()).isEqualTo(BASE + "/reviews/2");
		assertThat(review.path("itemReviewed").path("@type").asString()).isEqualTo("Movie");
		assertThat(review.path("itemReviewed").path("url").asString()).isEqualTo(BASE + "/films/leaving-las-vegas");
	}

	@Test
	void reviewPermalinksNameAnAuthorOnlyWhereTheCriticIsKnown() throws Exception {
		JsonNode gleiberman = jsonLd(page(page("/critics/owen-gleiberman").selectFirst("a.permalink").attr("href")));
		assertThat(gleiberman.path("author").path("@type").asString()).isEqualTo("Person");
		assertThat(gleiberman.path("author").path("name").asString()).isEqualTo("Owen Gleiberman");
		assertThat(gleiberman.path("datePublished").asString()).isEqualTo("1995-10-27");
		// Named only by the German Wikipedia article, with a doubt stated beside the name on the page.
		JsonNode zeit = jsonLd(page(page("/publications/die-zeit").selectFirst("a.permalink").attr("href")));
		assertThat(zeit.has("author")).isFalse();
		assertThat(zeit.path("publisher").path("name").asString()).isEqualTo("Die Zeit");
		// No byline seen: the publication publishes it, nobody is named as its author.
		JsonNode rollingStone = jsonLd(page(page("/publications/rolling-stone").selectFirst("a.permalink").attr("href")));
		assertThat(rollingStone.has("author")).isFalse();
		assertThat(rollingStone.path("publisher").path("name").asString()).isEqualTo("Rolling Stone");
	}

	@Test
	void pagesWithoutTheirOwnMetaStillHaveCanonicalAndOpenGraphUrl() throws Exception {
		for (String path : new String[] { "/", "/people", "/awards", "/awards/academy-awards", "/reviews", "/critics",
				"/critics/owen-gleiberman" }) {
			Document page = page(path);
			assertThat(page.select("link[rel=canonical]").attr("href")).as(path).isEqualTo(BASE + path);
			assertThat(page.select("meta[property=og:url]").attr("content")).as(path).isEqualTo(BASE + path);
			assertThat(page.select("meta[property=og:site_name]").attr("content")).as(path).isEqualTo("filmref");
			assertThat(page.select("[style]")).as(path + " inline style").isEmpty();
		}
	}

	@Test
	void errorPagesHaveNoCanonicalLink() throws Exception {
		var response = mvc.perform(get("/films/no-such-film")).andReturn().getResponse();
		assertThat(Jsoup.parse(response.getContentAsString()).select("link[rel=canonical]")).isEmpty();
	}

}
