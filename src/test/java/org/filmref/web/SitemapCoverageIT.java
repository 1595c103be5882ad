package org.filmref.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The sitemap lists every page a reader can reach by following links from the home page, and nothing that does
 * not answer 200. Both read thousands of pages (every address of the sitemap), so they run with the slow tests.
 */
@PageTest
class SitemapCoverageIT {

	private static final String BASE = "http://localhost:8080";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private List<String> sitemap() throws Exception {
		MvcResult result = mvc.perform(get("/sitemap.xml")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document xml = Jsoup.parse(result.getResponse().getContentAsString(), "", Parser.xmlParser());
		return xml.select("urlset > url > loc").eachText();
	}

	@Test
	void everySitemapAddressAnswers200() throws Exception {
		List<String> urls = sitemap();
		assertThat(urls).contains(BASE + "/", BASE + "/films/leaving-las-vegas").doesNotHaveDuplicates();
		for (String url : urls) {
			assertThat(url).startsWith(BASE + "/");
			assertThat(mvc.perform(get(url.substring(BASE.length()))).andReturn().getResponse().getStatus()).as(url)
				.isEqualTo(200);
		}
	}

	@Test
	void everyPageReachableByLinksFromTheHomePageIsInTheSitemap() throws Exception {
		Set<String> listed = new LinkedHashSet<>(sitemap());
		Set<String> seen = new LinkedHashSet<>();
		Set<String> articles = new HashSet<>(jdbc.queryForList(
				"SELECT '/films/' || slug FROM film WHERE has_page UNION SELECT '/people/' || slug FROM person WHERE has_page",
				String.class));
		Set<String> visited = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		while (!queue.isEmpty()) {
			String path = queue.removeFirst();
			if (!visited.add(path)) {
				continue;
			}
			seen.add(path);
			// Every film and person has a page (some 14,000, each answering 200 in the crawl test): those without an
			// article show only their awards, whose pages are reached from the award pages; listed, not fetched.
			if ((path.startsWith("/films/") || path.startsWith("/people/")) && !articles.contains(path)) {
				continue;
			}
			MvcResult result = mvc.perform(get(path)).andReturn();
			// Broken links are the crawl test's business; here only pages that exist must be listed.
			if (result.getResponse().getStatus() != 200) {
				seen.remove(path);
				continue;
			}
			if (!result.getResponse().getContentType().startsWith("text/html")) {
				continue;
			}
			for (Element link : Jsoup.parse(result.getResponse().getContentAsString()).select("a[href]")) {
				String href = link.attr("href");
				if (href.startsWith("/") && !href.startsWith("//")) {
					String page = href.replaceFirst("#.*$", "");
					if (!page.isEmpty() && !page.contains("?")) {
						queue.add(page);
					}
				}
			}
		}
		assertThat(seen).hasSizeGreaterThan(1);
		for (String page : seen) {
			assertThat(listed).as("sitemap lists " + page).contains(BASE + page);
		}
	}

}
