package org.filmref.award;

import java.util.List;

import org.filmref.web.Link;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The markup the view models write for a nomination's cells and rows, escaped. */
class NominationMarkupTests {

	@Test
	void aNominationsCellsNameItsNomineesFilmsAndResult() {
		NominationView nomination = new NominationView(true,
				List.of(new NominationView.Segment("Nicolas Cage", "/people/nicolas-cage"),
						new NominationView.Segment(" & friends", null)),
				List.of(new NominationView.FilmRef(new Link("Leaving Las Vegas", "/films/leaving-las-vegas"), null),
						new NominationView.FilmRef(Link.plain("Sunrise"), "The Wife")),
				null, null, null, List.of(), false);

		assertThat(nomination.creditHtml()).isEqualTo("<a href=\"/people/nicolas-cage\">Nicolas Cage</a> &amp; friends");
		assertThat(nomination.filmsHtml())
			.isEqualTo("<i><a href=\"/films/leaving-las-vegas\">Leaving Las Vegas</a></i>, <i>Sunrise</i> (The Wife)");
		assertThat(nomination.resultHtml()).isEqualTo("<strong><span aria-hidden=\"true\">\u2605 </span>Won</strong>");
		assertThat(new NominationView(false, List.of(), List.of(), null, null, null, List.of(), false).creditHtml())
			.contains("No nominee named");
	}


	@Test
	void aNominationsCategoryLinksToItsFieldAndUnlessCompactToItsHistory() {
		NominationView nomination = new NominationView(false, List.of(), List.of(), null, null, null, List.of(), false);
		NominationsByCeremony.Row row = new NominationsByCeremony.Row(
				new Link("Music & Lyrics", "/awards/academy-awards/1996#music"),
				"/awards/academy-awards/categories/music", "Academy Award", nomination);

		assertThat(row.categoryHtml(true))
			.isEqualTo("<a href=\"/awards/academy-awards/1996#music\">Music &amp; Lyrics</a>");
		assertThat(row.categoryHtml(false)).isEqualTo("<a href=\"/awards/academy-awards/1996#music\">Music &amp; Lyrics</a>"
				+ " <a class=\"history\" href=\"/awards/academy-awards/categories/music\">(history<span"
				+ " class=\"visually-hidden\"> of Music &amp; Lyrics</span>)</a>");
		assertThat(new NominationsByCeremony.Row(Link.plain("Special"), null, "Academy Award", nomination)
			.categoryHtml(false))
			.isEqualTo("<a>Special</a> <a class=\"history\">(history<span class=\"visually-hidden\"> of Special</span>)</a>");
	}


	@Test
	void aFilmsAndAPersonsNominationsTableHasARowPerNominationTheWonOnesMarked() {
		NominationView won = new NominationView(true, List.of(new NominationView.Segment("Nicolas Cage", null)),
				List.of(new NominationView.FilmRef(Link.plain("Leaving Las Vegas"), null)), "Ben Sanderson",
				"posthumous & late", null, List.of(), true);
		NominationView lost = new NominationView(false, List.of(new NominationView.Segment("Mike Figgis", null)),
				List.of(), null, null, null, List.of(), true);
		NominationsByCeremony.Group group = new NominationsByCeremony.Group(Link.plain("Academy Awards"),
				Link.plain("68th Academy Awards"), null, "1995",
				List.of(new NominationsByCeremony.Row(new Link("Best Actor", "/a#actor"), "/h/actor", "A", won),
						new NominationsByCeremony.Row(new Link("Best Director", "/a#director"), "/h/director", "A", lost)));

		assertThat(group.detailed()).isTrue();
		assertThat(group.rowsHtml(false, false, true)).isEqualTo("\n<tr class=\"won\">\n<th scope=\"row\"><a href=\"/a#actor\">"
				+ "Best Actor</a></th>\n<td>Nicolas Cage</td>\n<td><strong><span aria-hidden=\"true\">\u2605 </span>Won</strong>"
				+ "</td>\n</tr>\n<tr>\n<th scope=\"row\"><a href=\"/a#director\">Best Director</a></th>\n<td>Mike Figgis</td>"
				+ "\n<td>Nominated</td>\n</tr>\n");
		assertThat(group.rowsHtml(true, true, false)).contains("<td>Mike Figgis</td>\n<td></td>\n<td>Nominated</td>\n<td></td>")
			.contains("<td><i>Leaving Las Vegas</i></td>")
			.contains("<td>Ben Sanderson<p class=\"note\">posthumous &amp; late</p></td>")
			.contains("(history<span class=\"visually-hidden\"> of Best Actor</span>)</a></th>");
	}


	@Test
	void aFieldsRowsAreClassedByResultAndArticleAndHaveADetailColumnOnlyWhereNeeded() {
		NominationView winner = new NominationView(true, List.of(new NominationView.Segment("Nicolas Cage", "/p/cage")),
				List.of(new NominationView.FilmRef(new Link("Leaving Las Vegas", "/f/llv"), null)), null, null, null,
				List.of(), true);
		NominationView other = new NominationView(false, List.of(), List.of(), null, null, "For <everything>",
				List.of(), false);

		assertThat(winner.fieldRowClass()).isEqualTo("winner featured");
		assertThat(other.fieldRowClass()).isNull();
		assertThat(NominationView.anyDetailed(List.of(winner))).isFalse();
		assertThat(NominationView.anyDetailed(List.of(winner, other))).isTrue();
		assertThat(winner.fieldCellsHtml(true, false)).isEqualTo("\n<th scope=\"row\"><a href=\"/p/cage\">Nicolas Cage</a>"
				+ "</th>\n<td><i><a href=\"/f/llv\">Leaving Las Vegas</a></i></td>\n<td><strong><span aria-hidden=\"true\">"
				+ "\u2605 </span>Won</strong></td>\n");
		assertThat(other.fieldCellsHtml(false, true)).isEqualTo("\n<th scope=\"row\"><span aria-hidden=\"true\">\u2014</span>"
				+ "<span class=\"visually-hidden\">No film named</span></th>\n<td>Nominated</td>\n<td><p class=\"citation\">"
				+ "For &lt;everything&gt;</p></td>\n");
	}

}
