package org.filmref.person;

import java.util.List;
import java.util.Map;

import org.filmref.person.PersonIndex.KnownFor;
import org.filmref.person.PersonPage.NovelItem;

/**
 * What the person pages need from the novel feature, which builds on people and implements this.
 */
public interface PersonNovels {

	/** The novels the person wrote, in order of publication. */
	List<NovelItem> novelsBy(Person person);

	/** The novels of everyone with a page, by person id: the people index's "known for". */
	Map<Long, List<KnownFor>> knownForOfPeopleWithPages();

}
