package org.filmref.person;

import java.util.ArrayList;
import java.util.List;

import org.filmref.web.SitemapPages;
import org.springframework.stereotype.Component;

/** The people index and everyone (each has a page), for the sitemap. */
@Component
class PersonSitemap implements SitemapPages {

	private final PersonRepository people;

	PersonSitemap(PersonRepository people) {
		this.people = people;
	}

	@Override
	public List<String> sitemapPaths() {
		List<String> paths = new ArrayList<>(List.of("/people"));
		people.findAllSlugs().forEach(slug -> paths.add(Person.path(slug)));
		return paths;
	}

}
