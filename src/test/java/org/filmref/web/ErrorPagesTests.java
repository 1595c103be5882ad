package org.filmref.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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

	@Test
	void unknownSlugsAndPathsAnswer404WithAWayBack() throws Exception {
		for (String path : new String[] { "/films/no-such-film", "/people/nobody",
				"/novels/nothing", "/awards/nothing", "/awards/academy-awards/1901", "/publications/nothing",
				"/reviews/-1", "/reviews/0", "/no/such/page" }) {
			Document page = expect("GET", path, 404);
			assertThat(page.select("h1").text()).as(path).isEqualTo("Page not found");
			assertThat(page.select("main a[href=/]")).as(path).isNotEmpty();
		}
	}

	@Test
	void malformedIdsAndYearsAnswer400() throws Exception {
		for (String path : new String[] { "/reviews/abc", "/reviews/99999999999999999999", "/reviews/1e3",
				"/awards/academy-awards/nineteen-ninety-six", "/awards/academy-awards/99999999999" }) {
			Document page = expect("GET", path, 400);
			assertThat(page.select("h1").text()).as(path).isEqualTo("Bad request");
		}
	}

	@Test
	void writesAnswer405() throws Exception {
		for (String path : new String[] { "/", "/films/leaving-las-vegas", "/people/nicolas-cage", "/awards",
				"/reviews", "/publications/der-spiegel" }) {
			for (String method : new String[] { "POST", "PUT", "DELETE" }) {
				Document page = expect(method, path, 405);
				assertThat(page.select("h1").text()).as(method + " " + path).isEqualTo("Method not allowed");
			}
		}
	}

	private Document expect(String method, String path, int status) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
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

}
