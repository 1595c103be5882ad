package org.filmref.page;

import java.util.List;

import org.filmref.award.Accolades;
import org.filmref.person.Person;
import org.filmref.web.JsonLd;
import org.filmref.web.Link;
import org.filmref.web.PageMeta;
import org.filmref.web.Schema;
import org.filmref.web.Site;

/**
 * A person's page as a schema.org {@code Person}, with the works they are known for and the awards they won (schema.org
 * has no property for a nomination).
 */
final class PersonStructuredData {

	private PersonStructuredData() {
	}

	static PageMeta meta(Person person, String description, List<Link> knownFor, Accolades nominations,
			String imdbUrl, Site site) {
		String path = person.path();
		return PageMeta.of(person.getName(), description, path)
			.type("profile")
			.jsonLd(JsonLd.document("Person")
				.put("@id", site.url(path) + "#person")
				.put("name", person.getName())
				.put("url", site.url(path))
				.put("description", person.getSummary())
				.put("birthDate", Schema.date(person.getBirthDate()))
				.put("birthPlace", person.getBirthPlace() == null ? null
						: JsonLd.node("Place").put("name", person.getBirthPlace()))
				.put("deathDate", Schema.date(person.getDeathDate()))
				.put("deathPlace", person.getDeathPlace() == null ? null
						: JsonLd.node("Place").put("name", person.getDeathPlace()))
				.put("subjectOf", knownFor.stream()
					.filter(Link::linked)
					.map(work -> JsonLd.node("CreativeWork").put("name", work.label()).put("url", site.url(work.href())))
					.toList())
				.put("award", nominations.won())
				.put("sameAs", imdbUrl));
	}

}
