package org.filmref.novel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.filmref.person.Person;
import org.filmref.person.PersonIndex.KnownFor;
import org.filmref.person.PersonPage.NovelItem;
import org.springframework.stereotype.Component;

/** The novel feature's part of the person pages: the novels a person wrote. One statement each. */
@Component
public class NovelsOfPeople {

	private final NovelRepository novels;

	NovelsOfPeople(NovelRepository novels) {
		this.novels = novels;
	}

	/** The novels the person wrote, in order of publication. */
	public List<NovelItem> novelsBy(Person person) {
		return novels.findBy(person)
			.stream()
			.map(novel -> new NovelItem(novel.link(), novel.getPublishedYear(), novel.getPublisher()))
			.toList();
	}

	/** The novels of everyone with a page, by person id: the people index's "known for". */
	public Map<Long, List<KnownFor>> knownForOfPeopleWithPages() {
		Map<Long, List<KnownFor>> knownFor = new LinkedHashMap<>();
		for (Novel novel : novels.findOfPeopleWithPages()) {
			knownFor.computeIfAbsent(novel.getAuthor().getId(), id -> new ArrayList<>())
				.add(KnownFor.of(novel.link(), novel.getPublishedYear(), "novel", List.of("author")));
		}
		return knownFor;
	}

}
