package org.filmref.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts at the home page and follows every internal link over real HTTP: each must answer 200 with HTML, and
 * every {@code #fragment} must name an element on its target page. With the award data sets that is every
 * ceremony, category history, film and person of four award bodies: they are fetched a few at a time, and only
 * each page's element ids are kept. The sitemap then lists what a reader reaches: every page reached at an address
 * without a query is listed, and every listed page (an index's pages and filters too) answers 200.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SiteCrawlIT {

	/** Requests in flight: the server renders on both cores while the crawler parses. */
	private static final int CONCURRENCY = 4;

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

	private final Map<String, String> linkedFrom = new ConcurrentHashMap<>();

	private final Set<String> fragmentLinks = ConcurrentHashMap.newKeySet();

	private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

	private final Set<String> texts = ConcurrentHashMap.newKeySet();

	@Test
	void everyInternalLinkFromTheHomePageResolvesAndEveryFragmentNamesAnElement() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
		Phaser pending = new Phaser(1);
		try {
			linkedFrom.put("/", "(start)");
			submit(pool, pending, "/");
			pending.arriveAndAwaitAdvance();
		}
		finally {
			pool.shutdownNow();
		}
		for (String link : fragmentLinks) {
			String path = link.substring(0, link.indexOf('#'));
			String id = link.substring(link.indexOf('#') + 1);
			Set<String> target = ids.get(path);
			if (target == null) {
				continue; // reported as a failure
			}
			if (!target.contains(id)) {
				failures.add(link + ": no element with id '" + id + "'");
			}
		}
		assertThat(failures).isEmpty();
		assertThat(ids).containsKeys("/", "/films/leaving-las-vegas", "/people", "/people/nicolas-cage",
				"/novels/leaving-las-vegas", "/awards", "/awards/academy-awards", "/awards/academy-awards/1996",
				"/awards/bafta-awards/1996", "/reviews", "/publications/der-spiegel", "/songs/leaving-las-vegas",
				"/search", "/awards/academy-awards/1929", "/awards/academy-awards/2026",
				"/awards/academy-awards/categories/best-picture", "/films/titanic-1997", "/people/walt-disney",
				"/people/katharine-hepburn");
		assertThat(ids.keySet()).anyMatch(path -> path.matches("/reviews/\\d+"));
		assertThat(texts).isEmpty();

		Set<String> listed = sitemap();
		assertThat(listed).contains("/", "/films/leaving-las-vegas", "/films?page=2", "/search");
		for (String path : ids.keySet()) {
			if (!path.contains("?")) {
				assertThat(listed).as("the sitemap lists " + path).contains(path);
			}
		}
		for (String path : listed) {
			if (!ids.containsKey(path)) {
				assertThat(status(path)).as(path + ", listed in the sitemap and linked from no page").isEqualTo(200);
			}
		}
	}

	/** The sitemap's addresses as paths (with their query), as the site links them. */
	private Set<String> sitemap() throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sitemap.xml")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		Set<String> paths = new LinkedHashSet<>();
		for (String loc : Jsoup.parse(response.body(), "", Parser.xmlParser()).select("urlset > url > loc").eachText()) {
			assertThat(loc).startsWith("http://localhost:8080/");
			URI uri = URI.create(loc);
			assertThat(paths.add(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())))
				.as("listed once: " + loc)
				.isTrue();
		}
		return paths;
	}

	private void submit(ExecutorService pool, Phaser pending, String path) {
		pending.register();
		pool.execute(() -> {
			try {
				crawl(pool, pending, path);
			}
			catch (Exception ex) {
				failures.add(path + ": " + ex);
			}
			finally {
				pending.arriveAndDeregister();
			}
		});
	}

	private void crawl(ExecutorService pool, Phaser pending, String path) throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			failures.add(path + " answered " + response.statusCode() + " (linked from " + linkedFrom.get(path) + ")");
			return;
		}
		if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
			failures.add(path + " is not HTML");
			return;
		}
		Document page = Jsoup.parse(response.body());
		if (page.text().contains("Whitelabel")) {
			texts.add(path + " shows a Whitelabel error");
		}
		ids.put(path, page.select("[id]").stream().map(Element::id).collect(Collectors.toSet()));
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
				if (linkedFrom.putIfAbsent(target, path) == null && status(target) != 200) {
					failures.add(target + " (a link element of " + path + ") does not answer 200");
				}
				continue;
			}
			if (linkedFrom.putIfAbsent(target, path) == null) {
				submit(pool, pending, target);
			}
		}
	}

	private int status(String path) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
