package org.filmref.film;

import java.util.List;

import org.filmref.film.FilmPage.CastAndCrew;
import org.filmref.film.FilmPage.CastMember;
import org.filmref.film.FilmPage.CrewGroup;
import org.filmref.film.FilmPage.CrewMember;
import org.filmref.film.FilmPage.MusicItem;
import org.filmref.film.FilmPage.TriviaItem;
import org.filmref.reference.References;
import org.filmref.web.Link;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The film article's lists written by their view models (the cast table, the crew, the infobox, the music and the
 * background items): what the template wrote for them, escaped.
 */
class CastMarkupTests {

	@Test
	void theActorIsLinkedWithTheNameTheCreditsGive() {
		assertThat(new CastMember(new Link("Nicolas Cage", "/people/nicolas-cage"), "Ben Sanderson", null, null)
			.actorHtml()).isEqualTo("<a href=\"/people/nicolas-cage\">Nicolas Cage</a>");
		assertThat(new CastMember(Link.plain("Tom & Jerry"), "Cat", "T. <J>", null).actorHtml())
			.isEqualTo("Tom &amp; Jerry<span class=\"credited-as\"> (credited as T. &lt;J&gt;)</span>");
	}

	@Test
	void theRoleIsTheCharacterAndTheNoteOnTheCredit() {
		assertThat(new CastMember(Link.plain("Julian Lennon"), "Bartender 3 in \"Biker\" Bar", null,
				"The wording of this credit differs across sites & sources.")
			.roleHtml()).isEqualTo("Bartender 3 in \"Biker\" Bar<span class=\"note\"> \u2014 The wording of this credit"
					+ " differs across sites &amp; sources.</span>");
		assertThat(new CastMember(Link.plain("Someone"), null, null, null).roleHtml()).isEmpty();
	}

	@Test
	void theCastTableHasARowPerMemberWithTheActorAsItsHeader() {
		CastAndCrew cast = new CastAndCrew(List.of(
				new CastMember(new Link("Nicolas Cage", "/people/nicolas-cage"), "Ben Sanderson", null, null),
				new CastMember(Link.plain("Elisabeth Shue"), "Sera", null, null)), List.of());

		assertThat(cast.castRowsHtml()).isEqualTo("\n<tr>\n<th><a href=\"/people/nicolas-cage\">Nicolas Cage</a></th>\n"
				+ "<td>Ben Sanderson</td>\n</tr>\n<tr>\n<th>Elisabeth Shue</th>\n<td>Sera</td>\n</tr>\n");
		assertThat(new CastAndCrew(List.of(), List.of()).castRowsHtml()).isEqualTo("\n");
	}

	@Test
	void theCrewListsEachRoleWithItsMembersAndTheirNotes() {
		CastAndCrew crew = new CastAndCrew(List.of(), List.of(
				new CrewGroup("Directed by", List.of(new CrewMember(new Link("Mike Figgis", "/people/mike-figgis"), null))),
				new CrewGroup("Music & songs", List.of(new CrewMember(Link.plain("Mike Figgis"), "also <score>"),
						new CrewMember(Link.plain("Sting"), null)))));

		assertThat(crew.crewHtml()).isEqualTo("\n<dt>Directed by</dt>\n<dd><a href=\"/people/mike-figgis\">Mike Figgis</a></dd>"
				+ "\n<dt>Music &amp; songs</dt>\n<dd>Mike Figgis<span class=\"note\"> (also &lt;score&gt;)</span>, Sting</dd>\n");
	}

	@Test
	void infoboxRowsHaveTheirValuesAndTheNoteOnTheirSources() {
		FilmPage.InfoboxRow single = new FilmPage.InfoboxRow("Running time",
				List.of(new FilmPage.InfoboxValue(Link.plain("111 minutes"), List.of())), "Sources differ: 110 & 112");
		FilmPage.InfoboxRow several = new FilmPage.InfoboxRow("Starring",
				List.of(new FilmPage.InfoboxValue(new Link("Nicolas Cage", "/people/nicolas-cage"), List.of()),
						new FilmPage.InfoboxValue(Link.plain("Elisabeth Shue"), List.of())),
				null);

		assertThat(withInfobox(List.of(single, several)).infoboxHtml()).isEqualTo("\n<dt>Running time</dt>"
				+ "\n<dd>111 minutes<details class=\"infobox__note\"><summary>Note on sources</summary><p>Sources differ: 110"
				+ " &amp; 112</p></details></dd>\n<dt>Starring</dt>\n<dd><ul class=\"plain\">\n<li><a href=\"/people/nicolas-cage\">"
				+ "Nicolas Cage</a></li>\n<li>Elisabeth Shue</li>\n</ul></dd>\n");
	}

	@Test
	void aSongIsQuotedAndAScoreCitedWithWhoPerformedOrComposedIt() {
		assertThat(new MusicItem(MusicKind.SONG, "Angel Eyes", new Link("Sting", "/people/sting"), null, List.of()).html())
			.isEqualTo("\n<strong>Song</strong>:\n<q>Angel Eyes</q>, performed by <a href=\"/people/sting\">Sting</a>\n");
		assertThat(new MusicItem(MusicKind.SCORE, null, Link.plain("Mike Figgis"), "Jazz & blues", List.of()).html())
			.isEqualTo("\n<strong>Score</strong>:\ncomposed by Mike Figgis\n<p>Jazz &amp; blues</p>\n");
		assertThat(new MusicItem(MusicKind.ALBUM, "Leaving Las Vegas", new Link(null, null), null, List.of()).html())
			.isEqualTo("\n<strong>Soundtrack album</strong>:\n<cite>Leaving Las Vegas</cite>\n");
	}

	@Test
	void aBackgroundItemHasItsNoteAsAParagraph() {
		assertThat(new TriviaItem("Shot on 16 mm & in Las Vegas", "A <note>", List.of()).html())
			.isEqualTo("Shot on 16 mm &amp; in Las Vegas\n<p class=\"note\">A &lt;note&gt;</p>");
		assertThat(new TriviaItem("Shot in four weeks", null, List.of()).html()).isEqualTo("Shot in four weeks\n");
	}

	private static FilmPage withInfobox(List<FilmPage.InfoboxRow> infobox) {
		return new FilmPage("leaving-las-vegas", "Leaving Las Vegas", 1995, true, null, List.of(), infobox, null,
				new CastAndCrew(List.of(), List.of()), List.of(), List.of(), new FilmPage.Reception(null, List.of(), null),
				List.of(), References.NONE, null, null);
	}

}
