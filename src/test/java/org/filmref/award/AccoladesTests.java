package org.filmref.award;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.filmref.web.HtmlPage;
import org.filmref.web.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A film's and a person's nominations are one table per award body, each with that body's own totals: no page adds
 * up nominations of different award bodies, in its lead, its awards, its description or its structured data.
 */
@PageTest
class AccoladesTests {

	/** "6 wins from 17 nominations", "1 win from 1 nomination", "3 nominations". */
	private static final Pattern TOTAL = Pattern.compile("(?:\\d+ wins? from )?\\d+ nominations?");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void melGibsonsTotalsAreTheAcademysAndTheGlobesApart() throws Exception {
		Document page = HtmlPage.page(mvc, "/people/mel-gibson");
		Element awards = page.getElementById("awards");
		assertThat(awards.select("h3").eachText()).startsWith("Academy Awards", "Golden Globe Awards");
		List<String> captions = awards.select("caption").eachText();
		assertThat(captions.get(0)).isEqualTo("Mel Gibson at the Academy Awards: 2 wins from 3 nominations");
		assertThat(captions.get(1)).matches("Mel Gibson at the Golden Globe Awards: [1-9]\\d* wins? from \\d+ nominations?");
		assertThat(awards.selectFirst("p").text()).startsWith("Mel Gibson has 2 wins from 3 nominations at the Academy "
				+ "Awards").contains(" at the Golden Globe Awards");
		assertThat(page.html()).doesNotContain("3 wins from 4 nominations");
		// each row: the ceremony, year and edition, linked; the category, linked to its history; the film
		Element director = awards.select("table").get(0).selectFirst("tbody tr");
		assertThat(director.select("td a[href=/awards/academy-awards/1996]").text()).isEqualTo("1996 (68th)");
		assertThat(director.select("th[scope=row] a[href=/awards/academy-awards/categories/best-director]").text())
			.isEqualTo("Best Director");
		assertThat(director.select("td i a[href=/films/braveheart]").text()).isEqualTo("Braveheart");
		// his producer credit for Best Picture is shared: the others are named, he is not named again
		Element picture = awards.select("tbody tr:has(a[href=/awards/academy-awards/categories/best-picture])").first();
		assertThat(picture.select("td").get(2).text()).isEqualTo("Alan Ladd Jr., Bruce Davey");
		assertThat(awards.select("tbody").text()).doesNotContain("Mel Gibson");
	}

	@Test
	void braveheartsTotalsArePerBody() throws Exception {
		Document page = HtmlPage.page(mvc, "/films/braveheart");
		List<String> captions = page.getElementById("awards").select("caption").eachText();
		assertThat(captions.get(0)).isEqualTo("Braveheart at the Academy Awards: 5 wins from 10 nominations");
		assertThat(captions.get(1)).matches("Braveheart at the Golden Globe Awards: [1-9]\\d* wins? from \\d+ nominations");
		assertThat(page.select("meta[name=description]").attr("content"))
			.startsWith("Braveheart (1995): 5 wins from 10 nominations at the Academy Awards")
			.contains("with nominations at 2 other award bodies");
		assertThat(page.html()).doesNotContain("6 wins from 12 nominations");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/films/leaving-las-vegas", "/films/braveheart", "/films/titanic-1997",
			"/people/mel-gibson", "/people/nicolas-cage", "/people/meryl-streep", "/people/mike-figgis",
			"/people/elisabeth-shue", "/people/walt-disney" })
	void everyTotalOnAPageNamesItsOneAwardBody(String path) throws Exception {
		List<String> bodies = jdbc.queryForList("SELECT name FROM award", String.class);
		Document page = HtmlPage.page(mvc, path);
		String description = page.select("meta[name=description]").attr("content");
		String jsonLd = page.select("script[type=application/ld+json]").html();
		for (String text : List.of(page.select(".lead, #awards").text(), description, jsonLd)) {
			Matcher total = TOTAL.matcher(text);
			while (total.find()) {
				String before = text.substring(0, total.start());
				String after = text.substring(total.end());
				assertThat(bodies.stream()
					.anyMatch(body -> after.startsWith(" at the " + body) || before.endsWith("at the " + body + ": ")))
					.as("%s: \"%s\" in \"…%s…\"", path, total.group(),
							text.substring(Math.max(0, total.start() - 60), Math.min(text.length(), total.end() + 60)))
					.isTrue();
			}
			assertThat(text).doesNotContainPattern("won \\d+ of (its|their) \\d+");
		}
	}

}
