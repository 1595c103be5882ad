package org.filmref.award.data;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.filmref.award.OfficialNames;
import org.filmref.award.data.AwardEntry.Credit;

/** Database ids by IMDb id, and how many rows this load added. */
final class Identities {

	final Map<String, Long> ids = new HashMap<>();

	int added;

	/** Whether the id is an IMDb id of the kind the prefix says: {@code nm} a person, {@code co} a company, {@code tt} a film. */
	static boolean isImdbId(String id, String prefix) {
		return id != null && id.startsWith(prefix) && id.length() > prefix.length();
	}

	/**
	 * The name of each new nominee with the given id prefix: the most recent spelling, preferring one not written in
	 * capitals (the Academy's scientific and technical rows write some in capitals: DOUGLAS G. SHEARER), in the order
	 * the file first names them.
	 */
	static Map<String, String> names(List<AwardEntry> rows, String prefix, Set<String> known) {
		Map<String, String> names = new LinkedHashMap<>();
		for (AwardEntry row : rows) {
			for (Credit nominee : row.nominees()) {
				String id = nominee.imdbId();
				String name = nominee.name();
				if (!isImdbId(id, prefix) || known.contains(id) || name.isEmpty()) {
					continue;
				}
				String current = names.get(id);
				if (current == null || !OfficialNames.isCapitals(name) || OfficialNames.isCapitals(current)) {
					names.put(id, name);
				}
			}
		}
		names.replaceAll((id, name) -> OfficialNames.isCapitals(name) ? OfficialNames.titleCase(name) : name);
		return names;
	}

}
