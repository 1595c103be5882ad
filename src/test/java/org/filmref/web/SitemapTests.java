package org.filmref.web;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sitemap's form: one file listing every index page, robots.txt pointing to it, and beyond 50,000 addresses a
 * sitemap index of files. {@link SiteCrawlIT} checks that it lists every page a reader can reach and nothing
 * that does not answer 200.
 */
@PageTest
class SitemapTests {

	private static final String BASE = "http://localhost:8080";

	@Autowired
	MockMvc mvc;

	private List<String> sitemap() throws Exception {
		MvcResult result = mvc.perform(get("/sitemap.xml")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/xml;charset=UTF-8");
		Document xml = Jsoup.parse(result.getResponse().getContentAsString(), "", Parser.xmlParser());
		return xml.select("urlset > url > loc").eachText();
	}

	@Test
	void robotsAllowsEverythingAndPointsToTheSitemap() throws Exception {
		MvcResult result = mvc.perform(get("/robots.txt")).andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(result.getResponse().getContentAsString()).contains("User-agent: *", "Allow: /")
			.contains("Sitemap: " + BASE + "/sitemap.xml")
			.doesNotContain("Disallow: /\n");
	}

	@Autowired
	List<SitemapPages> features;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Autowired
	Site site;

	@Test
	void theSiteFitsOneFileAndListsEveryIndexPage() throws Exception {
		assertThat(SitemapController.MAX_URLS).isEqualTo(50_000);
		assertThat(sitemap()).hasSizeLessThanOrEqualTo(SitemapController.MAX_URLS)
			.contains(BASE + "/films", BASE + "/films?page=2", BASE + "/films?letter=b", BASE + "/films?decade=1990",
					BASE + "/people", BASE + "/people?letter=other", BASE + "/people?decade=1920");
		assertThat(mvc.perform(get("/sitemap-1.xml")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/sitemap-one.xml")).andReturn().getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	@Transactional(readOnly = true)
	void aSitemapOverTheLimitIsAnIndexOfFilesThatShareOutEveryAddress() {
		List<String> all = new SitemapController(features, handlers, site).paths().stream().map(site::url).toList();
		int limit = all.size() / 3 + 1;
		SitemapController split = new SitemapController(features, handlers, site, limit);

		Document index = xml(split.sitemap().getBody());
		assertThat(index.select("sitemapindex > sitemap > loc").eachText()).containsExactly(BASE + "/sitemap-1.xml",
				BASE + "/sitemap-2.xml", BASE + "/sitemap-3.xml");
		List<String> listed = new ArrayList<>();
		for (int part = 1; part <= 3; part++) {
			List<String> urls = xml(split.sitemapPart(part).getBody()).select("urlset > url > loc").eachText();
			assertThat(urls).isNotEmpty().hasSizeLessThanOrEqualTo(limit);
			listed.addAll(urls);
		}
		assertThat(listed).isEqualTo(all);
		assertThatThrownBy(() -> split.sitemapPart(4)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> split.sitemapPart(0)).isInstanceOf(NotFoundException.class);

		// exactly at the limit: still one file
		SitemapController full = new SitemapController(features, handlers, site, all.size());
		assertThat(xml(full.sitemap().getBody()).select("urlset > url > loc").eachText()).isEqualTo(all);
		assertThatThrownBy(() -> full.sitemapPart(1)).isInstanceOf(NotFoundException.class);
	}

	private static Document xml(String text) {
		return Jsoup.parse(text, "", Parser.xmlParser());
	}

	/** A write 405, HEAD 200. */
	@Test
	void badInputIsAClientErrorWritesAre405AndHeadIsAnswered() throws Exception {
		for (String path : new String[] { "/sitemap.xml", "/robots.txt" }) {
			mvc.perform(post(path)).andExpect(status().isMethodNotAllowed());
			mvc.perform(head(path)).andExpect(status().isOk());
		}
	}

}
