package org.filmref.award.data;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The titles and names by which a load's file credits a film or person the site knows under another (the Globes'
 * "Sunset Boulevard" is the Academy's <i>Sunset Blvd.</i>, BAFTA's "Dr Zhivago" is <i>Doctor Zhivago</i>, the Globes'
 * "J. Carroll Naish" is J. Carrol Naish), each with the award body that uses it: {@code film_other_title} and
 * {@code person_other_name}. Search finds a page by them. A form differs from the site's when its title or name key
 * does ({@link Titles}: case, accents and a leading article aside); each form is kept once per page and body.
 * <p>
 * The tables belong to the importer and are made by its first load that matches names: the data migrations come
 * before any later schema migration, and the rows are the importer's own record of what it matched. A load replaces
 * its body's rows, so loading the same file again changes nothing.
 */
final class OtherNames {

	/** Each page's other forms, by the form's key, as the file first writes it. */
	private final Map<Long, Map<String, String>> films = new LinkedHashMap<>();

	private final Map<Long, Map<String, String>> people = new LinkedHashMap<>();

	/** Notes the file's title for a film the site has under the given title. */
	void film(long id, String siteTitle, String credited) {
		add(films, id, siteTitle == null ? null : Titles.titleKey(siteTitle), Titles.titleKey(credited), credited);
	}

	/** Notes the file's name for a person the site has under the given name. */
	void person(long id, String siteName, String credited) {
		add(people, id, siteName == null ? null : Titles.nameKey(siteName), Titles.nameKey(credited), credited);
	}

	private static void add(Map<Long, Map<String, String>> forms, long id, String siteKey, String key,
			String credited) {
		if (siteKey != null && !key.isEmpty() && !key.equals(siteKey)) {
			forms.computeIfAbsent(id, k -> new LinkedHashMap<>()).putIfAbsent(key, credited.trim());
		}
	}

	int films() {
		return films.values().stream().mapToInt(Map::size).sum();
	}

	int people() {
		return people.values().stream().mapToInt(Map::size).sum();
	}

	void write(Jdbc jdbc, long awardId) throws SQLException {
		jdbc.execute("DELETE FROM film_other_title WHERE award_id = " + awardId);
		jdbc.execute("DELETE FROM person_other_name WHERE award_id = " + awardId);
		Jdbc.Inserts titles = jdbc.inserts("film_other_title", "film_id:long", "award_id:long", "title:text");
		films.forEach((id, forms) -> forms.values().forEach(title -> titles.add(id, awardId, title)));
		titles.write();
		Jdbc.Inserts names = jdbc.inserts("person_other_name", "person_id:long", "award_id:long", "name:text");
		people.forEach((id, forms) -> forms.values().forEach(name -> names.add(id, awardId, name)));
		names.write();
	}

}
