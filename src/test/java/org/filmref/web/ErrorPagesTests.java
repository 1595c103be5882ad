package org.filmref.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error answers over real HTTP, through the servlet container's error handling: the site's own pages with the
 * layout and a way back, never Spring's whitelabel page, a stack trace or an exception's name. A server on a random
 * port, not {@code @PageTest}'s MockMvc, which has no container error handling; the same context as
 * {@code ManagementEndpointsTests}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class ErrorPagesTests {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	/** Every route's address shape once, as the site links to it: each answers 200 to GET and to HEAD. */
	private static final String[] PAGES = { "/", "/films", "/films?letter=l", "/films?decade=1990", "/films?page=2",
			"/films/leaving-las-vegas", "/people", "/people?letter=c", "/people/nicolas-cage", "/novels/leaving-las-vegas",
			"/songs/leaving-las-vegas", "/awards", "/awards/academy-awards", "/awards/academy-awards/1996",
			"/awards/academy-awards/categories/best-actor", "/awards/academy-awards/categories/best-actor?order=oldest",
			"/awards/seasons", "/awards/seasons/1995", "/reviews", "/reviews/1", "/critics", "/critics/urs-jenny",
			"/publications", "/publications/der-spiegel", "/search", "/search?q=cage", "/sitemap.xml", "/robots.txt" };

	@Test
	void unknownSlugsAndPathsAnswer404WithAWayBack() throws Exception {
		for (String path : new String[] { "/films/no-such-film", "/people/nobody", "/novels/nothing", "/songs/nothing",
				"/awards/nothing", "/awards/academy-awards/1901", "/awards/nothing/1996",
				"/awards/academy-awards/categories/nothing", "/awards/nothing/categories/best-actor",
				"/awards/seasons/1800", "/reviews/-1", "/reviews/0", "/critics/nobody", "/publications/nothing",
				"/films?page=0", "/films?page=9999", "/films?decade=3000", "/people?page=9999", "/sitemap-1.xml",
				"/no/such/page" }) {
			Document page = expect("GET", path, 404);
			assertThat(page.select("h1").text()).as(path).isEqualTo("Page not found");
			assertThat(page.select("main a[href=/]")).as(path).isNotEmpty();
		}
	}

	@Test
	void malformedIdsYearsAndParametersAnswer400() throws Exception {
		for (String path : new String[] { "/reviews/abc", "/reviews/99999999999999999999", "/reviews/1e3",
				"/awards/academy-awards/nineteen-ninety-six", "/awards/academy-awards/99999999999",
				"/awards/seasons/nineteen", "/awards/academy-awards/categories/best-actor?order=sideways",
				"/films?page=abc", "/films?letter=ab", "/films?decade=1995", "/people?page=abc", "/people?letter=ab",
				"/people?decade=abc", "/sitemap-one.xml" }) {
			Document page = expect("GET", path, 400);
			assertThat(page.select("h1").text()).as(path).isEqualTo("Bad request");
			assertThat(page.select("main a[href=/]")).as(path).isNotEmpty();
		}
	}

	/** An error page is the site's HTML page, labelled so, also for a client that takes anything (a crawler). */
	@Test
	void errorPagesAreHtmlForAClientThatTakesAnything() throws Exception {
		for (Map.Entry<String, Integer> expected : Map.of("/films/no-such-film", 404, "/sitemap-1.xml", 404,
				"/sitemap-one.xml", 400).entrySet()) {
			String path = expected.getKey();
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "*/*").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(expected.getValue());
			assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
			assertThat(Jsoup.parse(response.body()).select("main a[href=/]")).as(path).isNotEmpty();
		}
	}

	@Test
	void writesAnswer405() throws Exception {
		for (String path : PAGES) {
			for (String method : new String[] { "POST", "PUT", "DELETE", "PATCH" }) {
				Document page = expect(method, path, 405);
				assertThat(page.select("h1").text()).as(method + " " + path).isEqualTo("Method not allowed");
			}
		}
	}

	@Test
	void headAnswersAsGetDoesWithoutABody() throws Exception {
		for (String path : PAGES) {
			HttpResponse<String> get = send("GET", path);
			HttpResponse<String> head = send("HEAD", path);
			assertThat(get.statusCode()).as("GET " + path).isEqualTo(200);
			assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(200);
			assertThat(head.headers().firstValue("Content-Type")).as("HEAD " + path)
				.isEqualTo(get.headers().firstValue("Content-Type"));
			assertThat(head.body()).as("HEAD " + path).isEmpty();
		}
		HttpResponse<String> missing = send("HEAD", "/films/no-such-film");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).isEmpty();
	}

	private Document expect(String method, String path, int status) throws Exception {
		HttpResponse<String> response = send(method, path);
		assertThat(response.statusCode()).as(method + " " + path).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as(method + " " + path)
			.startsWith("text/html");
		String body = response.body();
		assertThat(body).as(method + " " + path)
			.doesNotContain("Whitelabel", "Exception", "org.springframework", "\tat ");
		Document page = Jsoup.parse(body);
		assertThat(page.select("header.site-header nav a[href=/people]")).as("layout on " + path).isNotEmpty();
		return page;
	}

	/** As a browser asks: HTML first, anything else after it. */
	private HttpResponse<String> send(String method, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
