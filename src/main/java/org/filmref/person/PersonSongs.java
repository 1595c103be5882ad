package org.filmref.person;

import java.util.List;
import java.util.Map;

import org.filmref.person.PersonIndex.KnownFor;
import org.filmref.person.PersonPage.SongItem;

/**
 * What the person pages need from the song feature, which builds on people and implements this.
 */
public interface PersonSongs {

	/** The songs the person performed or wrote, in order of release. */
	List<SongItem> songsOf(Person person);

	/** The songs of everyone, by the id of each performer and writer: the people index's "known for". */
	Map<Long, List<KnownFor>> knownForOfPeople();

}
