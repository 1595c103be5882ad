package org.filmref.award.data;

import java.util.List;

import org.filmref.web.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person, one page: a Golden Globe, BAFTA or SAG nominee the Academy Awards data set already identified is that
 * page, found by name with a film as evidence; two people who share a name stay two; and the totals of a sample
 * are the files' (counted there by hand: Jack Nicholson's Globe rows are 17 competitive nominations, 6 won, and the
 * Cecil B. DeMille Award of 1999).
 */
@PageTest
class AwardMatchingTests {

	@Autowired
	private JdbcClient jdbc;

	/** [nominations, wins] of a person (by IMDb id) at an award body, every category. */
	private int[] personTotals(String imdbId, String award) {
		return jdbc.sql("""
				SELECT COUNT(DISTINCT n.id), COUNT(DISTINCT CASE WHEN n.won THEN n.id END)
				FROM person p JOIN nomination_nominee nn ON nn.person_id = p.id JOIN nomination n ON n.id = nn.nomination_id
				JOIN ceremony_category cc ON cc.id = n.ceremony_category_id JOIN ceremony c ON c.id = cc.ceremony_id
				JOIN award a ON a.id = c.award_id WHERE p.imdb_id = ? AND a.slug = ?""")
			.params(imdbId, award)
			.query((rs, row) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.single();
	}

	private List<Integer> honoraryYears(String imdbId, String award, String category) {
		return jdbc.sql("""
				SELECT c.ceremony_year FROM person p JOIN nomination_nominee nn ON nn.person_id = p.id
				JOIN nomination n ON n.id = nn.nomination_id JOIN ceremony_category cc ON cc.id = n.ceremony_category_id
				JOIN award_category k ON k.id = cc.category_id JOIN ceremony c ON c.id = cc.ceremony_id
				JOIN award a ON a.id = c.award_id WHERE p.imdb_id = ? AND a.slug = ? AND k.name = ? AND n.won""")
			.params(imdbId, award, category)
			.query(Integer.class)
			.list();
	}

	@Test
	void aGlobeSongTitleWithCommasIsOneTitleNotNominees() {
		// 53rd Globes, Original Song: "Hold Me, Thrill Me, Kiss Me, Kill Me", U2 (Batman Forever)
		assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE name IN ('Hold Me', 'Thrill Me', 'Kiss Me', 'Kill Me')")
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("""
				SELECT p.name FROM nomination n JOIN nomination_nominee nn ON nn.nomination_id = n.id
				JOIN person p ON p.id = nn.person_id JOIN ceremony_category cc ON cc.id = n.ceremony_category_id
				JOIN ceremony c ON c.id = cc.ceremony_id JOIN award a ON a.id = c.award_id
				WHERE a.slug = 'golden-globe-awards' AND c.edition = 53 AND n.detail = 'Hold Me, Thrill Me, Kiss Me, Kill Me'""")
			.query(String.class)
			.list()).containsExactly("U2");
	}

	@Test
	void aGlobeNomineeWithAnOscarPageIsThatPage() {
		// Jack Nicholson: 17 competitive Globe nominations, 6 won, and the Cecil B. DeMille Award (1999)
		assertThat(personTotals("nm0000197", "golden-globe-awards")).containsExactly(18, 7);
		assertThat(honoraryYears("nm0000197", "golden-globe-awards", "Cecil B. DeMille Award")).containsExactly(1999);
		// Meryl Streep: 29 film nominations, 7 won, and the Cecil B. DeMille Award (2017); her television ones left out
		assertThat(personTotals("nm0000658", "golden-globe-awards")).containsExactly(30, 8);
		assertThat(honoraryYears("nm0000658", "golden-globe-awards", "Cecil B. DeMille Award")).containsExactly(2017);
		// Nicolas Cage: the Globe for Leaving Las Vegas; at the SAG Awards his win for it and two nominations
		// for Adaptation (lead and cast)
		assertThat(personTotals("nm0000115", "golden-globe-awards")[1]).isGreaterThanOrEqualTo(1);
		assertThat(personTotals("nm0000115", "screen-actors-guild-awards")).containsExactly(3, 1);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM person WHERE imdb_id IS NULL AND LOWER(name) IN ('jack nicholson', 'meryl streep',
				'nicolas cage', 'elisabeth shue', 'mike figgis')""").query(Integer.class).single())
			.as("no second page for a nominee of the Oscar data")
			.isZero();
	}

	@Test
	void leavingLasVegasAtEachBody() {
		assertThat(filmTotals("leaving-las-vegas", "academy-awards")).containsExactly(4, 1);
		assertThat(filmTotals("leaving-las-vegas", "golden-globe-awards")).containsExactly(4, 1);
		assertThat(filmTotals("leaving-las-vegas", "bafta-awards")).containsExactly(3, 0);
		assertThat(filmTotals("leaving-las-vegas", "screen-actors-guild-awards")).containsExactly(2, 1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM film WHERE LOWER(title) = 'leaving las vegas'")
			.query(Integer.class)
			.single()).isOne();
	}

	private int[] filmTotals(String slug, String award) {
		return jdbc.sql("""
				SELECT COUNT(DISTINCT n.id), COUNT(DISTINCT CASE WHEN n.won THEN n.id END)
				FROM film f JOIN nomination_film nf ON nf.film_id = f.id JOIN nomination n ON n.id = nf.nomination_id
				JOIN ceremony_category cc ON cc.id = n.ceremony_category_id JOIN ceremony c ON c.id = cc.ceremony_id
				JOIN award a ON a.id = c.award_id WHERE f.slug = ? AND a.slug = ?""")
			.params(slug, award)
			.query((rs, row) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.single();
	}

	/**
	 * Two Steve McQueens are nominated at the Globes: the actor (1960s, The Sand Pebbles at the Oscars) and the
	 * director (12 Years a Slave). The director's nomination goes to the director's page by its film; the actor's
	 * to the actor's by his career; neither page takes the other's.
	 */
	@Test
	void twoPeopleWhoShareANameStayTwo() {
		List<String> actor = globeFilmsOf("nm0000537");
		List<String> director = globeFilmsOf("nm2588606");
		assertThat(director).contains("12 Years a Slave").doesNotContain("The Sand Pebbles", "Papillon");
		assertThat(actor).isNotEmpty().doesNotContain("12 Years a Slave");
	}

	private List<String> globeFilmsOf(String imdbId) {
		return jdbc.sql("""
				SELECT nf.title FROM person p JOIN nomination_nominee nn ON nn.person_id = p.id
				JOIN nomination n ON n.id = nn.nomination_id JOIN nomination_film nf ON nf.nomination_id = n.id
				JOIN ceremony_category cc ON cc.id = n.ceremony_category_id JOIN ceremony c ON c.id = cc.ceremony_id
				JOIN award a ON a.id = c.award_id WHERE p.imdb_id = ? AND a.slug = 'golden-globe-awards'""")
			.param(imdbId)
			.query(String.class)
			.list();
	}

	/** A title the scraper wrote the wrong way round is the site's film of that title. */
	@Test
	void titlesAreReadTheRightWayRound() {
		assertThat(Titles.title("American President, The")).isEqualTo("The American President");
		assertThat(Titles.title("Sabrina (1995)")).isEqualTo("Sabrina");
		assertThat(Titles.title("For Whom The Bell Tolls")).isEqualTo("For Whom the Bell Tolls");
		assertThat(Titles.title("THE BRIDGES OF MADISON COUNTY")).isEqualTo("The Bridges of Madison County");
		assertThat(Titles.titleKey("Amélie")).isEqualTo(Titles.titleKey("AMELIE"));
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM nomination_film nf JOIN film f ON f.id = nf.film_id
				WHERE f.slug = 'the-american-president'""").query(Integer.class).single())
			.as("the curated film, at the Oscars and the Globes")
			.isGreaterThanOrEqualTo(6);
	}

}
