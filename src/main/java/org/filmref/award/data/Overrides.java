package org.filmref.award.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewed exceptions to matching by name ({@code db/data/matching-overrides.tsv}, tab-separated, a header row,
 * {@code #} starts a comment): {@code award kind name year target [film]}, where award is an award's slug or {@code *},
 * kind is {@code film} or {@code person}, year is the films' year or {@code *}, target is the slug of the page the
 * name is, {@code new} for a page of its own or {@code new:slug} for a page of its own with that slug, and film (for
 * a person, with a year) narrows the row to the name's nomination for that film.
 */
final class Overrides {

	private final Map<String, String> targets;

	private Overrides(Map<String, String> targets) {
		this.targets = targets;
	}

	static Overrides read(String resource, String award) {
		Map<String, String> targets = new HashMap<>();
		for (String[] f : Tsv.read(resource, "award\tkind\tname\tyear\ttarget\tfilm")) {
			if (f.length != 5 && f.length != 6) {
				throw new IllegalStateException(resource + ": not five or six fields: " + String.join("\t", f));
			}
			if (f[0].equals("*") || f[0].equals(award)) {
				String name = f[1].equals("film") ? Titles.titleKey(f[2]) : Titles.nameKey(f[2]);
				String film = f.length == 6 && !f[5].isBlank() ? "|" + Titles.titleKey(f[5]) : "";
				targets.put(f[1] + "|" + name + "|" + f[3] + film, f[4].trim());
			}
		}
		return new Overrides(targets);
	}

	/** The slug the film of that title and year is, "new", or null to match it by title and year. */
	String film(String title, int year) {
		String key = "film|" + Titles.titleKey(title) + "|";
		String target = targets.get(key + year);
		return target != null ? target : targets.get(key + "*");
	}

	/**
	 * The slug the person of that name is, "new" (a page of its own), "new:slug" (a page of its own with that slug,
	 * where one name of one file is two people), or null to match them by name and films. A row for the name's
	 * nomination for one film in one year wins over one for every year.
	 */
	String person(String name, int year, List<String> films) {
		String key = "person|" + Titles.nameKey(name) + "|";
		for (String film : films) {
			String target = targets.get(key + year + "|" + Titles.titleKey(film));
			if (target != null) {
				return target;
			}
		}
		return targets.get(key + "*");
	}

}
