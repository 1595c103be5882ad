package org.filmref.page;

import java.util.ArrayList;
import java.util.List;

import org.filmref.person.Person;
import org.filmref.person.PersonIndex;
import org.filmref.person.PersonRepository;
import org.filmref.web.IndexFilter;
import org.filmref.web.SitemapPages;
import org.springframework.stereotype.Component;

/** Every page of the people index and everyone (each has a page), for the sitemap. */
@Component
class PersonSitemap implements SitemapPages {

	private final PersonRepository people;

	private final PersonPages pages;

	PersonSitemap(PersonRepository people, PersonPages pages) {
		this.people = people;
		this.pages = pages;
	}

	@Override
	public List<String> sitemapPaths() {
		List<String> paths = new ArrayList<>(IndexFilter.addresses(PersonIndex.PATH, pages.indexEntries(),
				PersonIndex.Entry::letter, PersonIndex.Entry::decade));
		people.findAllSlugs().forEach(slug -> paths.add(Person.path(slug)));
		return paths;
	}

}
