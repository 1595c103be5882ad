package org.filmref.award;

import org.filmref.web.HtmlPage;
import org.filmref.web.PageTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BAFTA film awards' ceremonies are numbered from the year they were held (the 49th in 1996, the 73rd in 2020),
 * except the awards of 1949, which were two ceremonies (the 1st and the 2nd) and are shown by their year.
 */
@PageTest
class BaftaEditionTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private String nameOf(int year) {
		return jdbc.sql("""
				SELECT c.name FROM ceremony c JOIN award a ON a.id = c.award_id
				WHERE a.slug = 'bafta-awards' AND c.ceremony_year = ?""").param(year).query(String.class).single();
	}

	@Test
	void ceremoniesFromNineteenFiftyOnAreTheYearLessNineteenFortySeven() throws Exception {
		assertThat(nameOf(1950)).isEqualTo("3rd British Academy Film Awards");
		assertThat(nameOf(1996)).isEqualTo("49th British Academy Film Awards");
		assertThat(nameOf(2001)).isEqualTo("54th British Academy Film Awards");
		assertThat(nameOf(2020)).isEqualTo("73rd British Academy Film Awards");
		assertThat(HtmlPage.page(mvc, "/awards/bafta-awards/2020").select("h1").text())
			.isEqualTo("73rd British Academy Film Awards");
	}

	@Test
	void theAwardsOfNineteenFortyNineAreShownByTheirYear() throws Exception {
		assertThat(nameOf(1949)).isEqualTo("British Academy Film Awards of 1949");
		Document ceremony = HtmlPage.page(mvc, "/awards/bafta-awards/1949");
		assertThat(ceremony.select("h1").text()).isEqualTo("British Academy Film Awards of 1949");
		assertThat(ceremony.select("main").text()).doesNotContain("2nd British Academy", "1st British Academy");
		Document body = HtmlPage.page(mvc, "/awards/bafta-awards");
		String coverage = body.select("#coverage").text();
		assertThat(coverage).contains("holds 55 of the 79 ceremonies of the BAFTA Awards held from 1949 to 2026")
			.contains("The 1st and 2nd ceremonies were both held in 1949")
			.contains("50th–53rd (1997–2000)")
			.contains("55th–68th (2002–2015)")
			.doesNotContain("1st (");
		assertThat(body.select("a[href=/awards/bafta-awards/1949]").text()).contains("British Academy Film Awards of 1949");
	}

	/** A film's accolades name the 1949 ceremony by its year alone: Hamlet (1948) won Best Film there. */
	@Test
	void aFilmsAccoladesShowTheYearWithoutANumber() throws Exception {
		Document film = HtmlPage.page(mvc, "/films/hamlet-1948");
		assertThat(film.select("a[href=/awards/bafta-awards/1949]").eachText()).isNotEmpty().allMatch("1949"::equals);
	}

}
