package org.filmref.film;

import org.filmref.film.FilmPage.CastMember;
import org.filmref.web.Link;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cast table's cells, written by {@link CastMember}: what the template wrote for them, escaped. */
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

}
