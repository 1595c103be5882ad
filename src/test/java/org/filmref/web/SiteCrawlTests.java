package org.filmref.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts at the home page and follows every internal link over real HTTP: each must answer 200 with HTML, and
 * every {@code #fragment} must name an element on its target page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SiteCrawlTests {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void everyInternalLinkFromTheHomePageResolvesAndEveryFragmentNamesAnElement() throws Exception {
		Map<String, Document> pages = new LinkedHashMap<>();
		Map<String, String> linkedFrom = new LinkedHashMap<>();
		Set<String> fragmentLinks = new LinkedHashSet<>();
		List<String> failures = new ArrayList<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		linkedFrom.put("/", "(start)");
		while (!queue.isEmpty()) {
			String path = queue.poll();
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				failures.add(path + " answered " + response.statusCode() + " (linked from " + linkedFrom.get(path) + ")");
				continue;
			}
			assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
			Document page = Jsoup.parse(response.body());
			pages.put(path, page);
			for (Element link : page.select("a[href], link[href]")) {
				String href = link.attr("href");
				if (href.startsWith("#")) {
					fragmentLinks.add(path + href);
					continue;
				}
				if (!href.startsWith("/") || href.startsWith("//") || href.startsWith("/actuator")) {
					continue;
				}
				int hash = href.indexOf('#');
				String target = hash >= 0 ? href.substring(0, hash) : href;
				if (hash >= 0) {
					fragmentLinks.add(href);
				}
				if (link.tagName().equals("link")) {
					assertThat(status(target)).as(target + " from " + path).isEqualTo(200);
					continue;
				}
				if (!linkedFrom.containsKey(target)) {
					linkedFrom.put(target, path);
					queue.add(target);
				}
			}
		}
		for (String link : fragmentLinks) {
			String path = link.substring(0, link.indexOf('#'));
			String id = link.substring(link.indexOf('#') + 1);
			Document target = pages.get(path);
			if (target == null) {
				continue; // reported above as a failure
			}
			if (target.getElementById(id) == null) {
				failures.add(link + ": no element with id '" + id + "'");
			}
		}
		assertThat(failures).isEmpty();
		assertThat(pages).containsKeys("/", "/films/leaving-las-vegas", "/people", "/people/nicolas-cage",
				"/novels/leaving-las-vegas", "/awards", "/awards/academy-awards", "/awards/academy-awards/1996",
				"/awards/bafta-awards/1996", "/reviews", "/publications/der-spiegel", "/songs/leaving-las-vegas",
				"/search");
		assertThat(pages.keySet()).anyMatch(path -> path.matches("/reviews/\\d+"));
		assertThat(pages.values()).noneMatch(page -> page.text().contains("Whitelabel"));
	}

	private int status(String path) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
