package org.filmref.song;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.filmref.person.Person;
import org.filmref.person.PersonIndex.KnownFor;
import org.filmref.person.PersonPage.SongItem;
import org.springframework.stereotype.Component;

/** The song feature's part of the person pages: the songs a person performed or wrote. One statement each. */
@Component
public class SongsOfPeople {

	private final SongRepository songs;

	SongsOfPeople(SongRepository songs) {
		this.songs = songs;
	}

	/** The songs the person performed or wrote, in order of release. */
	public List<SongItem> songsOf(Person person) {
		return songs.findOf(person)
			.stream()
			.map(song -> new SongItem(song.link(), song.getPerformer() != null ? song.getPerformer().link() : null,
					song.getReleaseYear(), String.join(" and ", roles(song, person))))
			.toList();
	}

	/** The songs of everyone, by the id of each performer and writer: the people index's "known for". */
	public Map<Long, List<KnownFor>> knownForOfPeople() {
		Map<Long, List<KnownFor>> knownFor = new LinkedHashMap<>();
		for (Song song : songs.findAllWithPeople()) {
			Set<Person> involved = new LinkedHashSet<>();
			if (song.getPerformer() != null) {
				involved.add(song.getPerformer());
			}
			involved.addAll(song.getWriters());
			for (Person person : involved) {
				knownFor.computeIfAbsent(person.getId(), id -> new ArrayList<>())
					.add(KnownFor.of(song.link(), song.getReleaseYear(), "song", roles(song, person)));
			}
		}
		return knownFor;
	}

	/** "performer", "writer" or both. */
	private static List<String> roles(Song song, Person person) {
		List<String> roles = new ArrayList<>(2);
		if (song.getPerformer() != null && song.getPerformer().getId().equals(person.getId())) {
			roles.add("performer");
		}
		if (song.getWriters().stream().anyMatch(writer -> writer.getId().equals(person.getId()))) {
			roles.add("writer");
		}
		return roles;
	}

}
