package org.filmref.award.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.filmref.award.data.AwardEntry.Credit;
import org.filmref.award.data.CategoryRules.Rule;

/**
 * The Golden Globe Awards data set (db/data/golden-globes/golden_globe_awards.csv, scraped from goldenglobes.com):
 * {@code year_film,year_award,ceremony,category,nominee,film,win}, one row per nomination, film and television
 * mixed, names only. Converted into {@link AwardEntry} rows by the category rules beside it: television categories
 * are left out; titles are read the right way round ("American President, The"); a screenplay's or a score's several
 * writers ("Ethan Coen, Joel Coen") are each a nominee; the Cecil B. DeMille Award rows, which the file marks as not
 * won, are awards given.
 */
public final class GoldenGlobesFile {

	/** Bumped whenever the conversion changes what it produces; part of the migrations' checksums. */
	public static final int VERSION = 6;

	private static final String HEADER = "year_film,year_award,ceremony,category,nominee,film,win";

	private GoldenGlobesFile() {
	}

	public static List<AwardEntry> entries(String resource, CategoryRules rules) {
		List<List<String>> records = Csv.read(resource, HEADER);
		Map<String, Integer> countries = countries(records, rules);
		List<AwardEntry> entries = new ArrayList<>(records.size());
		for (List<String> r : records) {
			Rule rule = rules.of(r.get(3));
			if (!rule.included()) {
				continue;
			}
			int filmYear = Integer.parseInt(r.get(0).trim());
			String nominee = r.get(4).trim();
			String film = r.get(5).trim();
			List<Credit> nominees = new ArrayList<>();
			List<Credit> films = new ArrayList<>();
			String detail = null;
			switch (rule.nominee()) {
				case PERSON, HONORARY -> {
					if (film.isBlank() && isInvertedTitle(nominee)) {
						// "Deep End, The" in the actress's column and no film: the film, its actress not named.
						addFilm(films, nominee);
					}
					else {
						// "Ethan Coen, Joel Coen": two people; "Harvey Mason, Jr." one.
						parts(nominee).forEach(p -> nominees.add(Credit.named(Titles.name(p))));
						addFilm(films, film);
					}
				}
				case FILM -> addFilm(films, nominee.isEmpty() ? film : nominee);
				case SONG -> {
					List<String> parts = songParts(nominee);
					detail = parts.get(0);
					parts.subList(1, parts.size()).forEach(p -> nominees.add(Credit.named(Titles.name(p))));
					addFilm(films, film);
				}
				case FOREIGN, COUNTRY -> {
					// The rows of one wording do not always keep the same order: the side that starts with a
					// country is the country and director, the other the film.
					boolean nomineeIsCountry = isCountry(nominee, countries);
					boolean filmIsCountry = isCountry(film, countries);
					// Where both look like one ("Italy, Pietro Germi" and "Divorce, Italian Style"), the side whose
					// first part the file names as a country more often is the country.
					int nomineeCount = nomineeIsCountry ? countries.get(parts(nominee).get(0)) : 0;
					int filmCount = filmIsCountry ? countries.get(parts(film).get(0)) : 0;
					boolean countryFirst = nomineeCount != filmCount ? nomineeCount > filmCount
							: rule.nominee() == CategoryRules.Nominee.COUNTRY;
					detail = countryAndPeople(countryFirst ? nominee : film, countries, nominees);
					addFilm(films, countryFirst ? film : nominee);
				}
				case NAMED -> nominees.add(new Credit(nominee, null, false));
				case CAST -> throw new IllegalStateException("No cast categories in the Golden Globes file");
			}
			entries.add(new AwardEntry(Integer.parseInt(r.get(2).trim()), Integer.parseInt(r.get(1).trim()),
					Integer.toString(filmYear), filmYear, r.get(3).trim(), rule.name(), rule.categoryClass(), nominees, films,
					rule.given() || "True".equals(r.get(6).trim()), null, detail, List.of(), null, null));
		}
		return entries;
	}

	private static void addFilm(List<Credit> films, String title) {
		if (!title.isBlank()) {
			films.add(new Credit(Titles.title(title), null, false));
		}
	}

	/**
	 * "Italy, Vittorio De Sica": the country as the detail, the people as nominees; a co-production's countries
	 * ("Belgium, France, Luxembourg, Jaco Van Dormael") are all the detail, none a person.
	 */
	private static String countryAndPeople(String text, Map<String, Integer> countries, List<Credit> nominees) {
		List<String> parts = parts(text);
		int from = 0;
		if (!parts.isEmpty() && countries.containsKey(parts.get(0))) {
			from = 1;
			while (from < parts.size() - 1
					&& (countries.containsKey(parts.get(from)) || COUNTRY_NAMES.contains(parts.get(from)))) {
				from++;
			}
		}
		parts.subList(from, parts.size()).forEach(p -> nominees.add(Credit.named(Titles.name(p))));
		return from == 0 ? null : String.join(", ", parts.subList(0, from));
	}

	/** The English names of today's countries (ISO 3166), for a co-producer the file never names first. */
	private static final Set<String> COUNTRY_NAMES = Arrays.stream(Locale.getISOCountries())
		.map(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH))
		.collect(Collectors.toUnmodifiableSet());

	/** "Deep End, The": a title written the wrong way round. */
	private static boolean isInvertedTitle(String text) {
		List<String> parts = parts(text);
		return parts.size() > 1 && ARTICLE.matcher(parts.get(parts.size() - 1)).matches();
	}

	private static boolean isCountry(String text, Map<String, Integer> countries) {
		List<String> parts = parts(text);
		return !parts.isEmpty() && countries.containsKey(parts.get(0));
	}

	/**
	 * The countries, with how many rows name each: the first part of each "Country, Director" value that has more
	 * than one part, but not of a title written the wrong way round ("Conformist, The") or cut inside a parenthesis.
	 */
	static Map<String, Integer> countries(List<List<String>> records, CategoryRules rules) {
		Map<String, Integer> countries = new HashMap<>();
		for (List<String> r : records) {
			Rule rule = rules.of(r.get(3));
			if (!rule.included()) {
				continue;
			}
			String text = switch (rule.nominee()) {
				case FOREIGN -> r.get(5);
				case COUNTRY -> r.get(4);
				default -> "";
			};
			List<String> parts = parts(text);
			if (parts.size() > 1 && !ARTICLE.matcher(parts.get(parts.size() - 1)).matches()
					&& parts.get(0).indexOf('(') < 0) {
				countries.merge(parts.get(0), 1, Integer::sum);
			}
		}
		return countries;
	}

	/**
	 * A song nominee: its title, then its writers. From the 53rd ceremony on the title is quoted, and may hold commas
	 * ("\"Hold Me, Thrill Me, Kiss Me, Kill Me\", U2"); it is read whole and without its quotation marks, as the
	 * Academy's data writes a song's title.
	 */
	static List<String> songParts(String text) {
		String trimmed = text.trim();
		int end = trimmed.startsWith("\"") ? trimmed.indexOf('"', 1) : -1;
		if (end < 0) {
			return parts(trimmed);
		}
		List<String> parts = new ArrayList<>();
		parts.add(trimmed.substring(1, end).trim());
		parts.addAll(parts(trimmed.substring(end + 1)));
		return parts;
	}

	/** The comma-separated parts; a suffix after a comma ("Harvey Mason, Jr.") belongs to the name before it. */
	static List<String> parts(String text) {
		List<String> parts = new ArrayList<>();
		for (String part : text.split(",")) {
			String trimmed = part.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			if (!parts.isEmpty() && SUFFIX.matcher(trimmed).matches()) {
				parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ", " + trimmed);
			}
			else {
				parts.add(trimmed);
			}
		}
		return parts;
	}

	private static final Pattern ARTICLE = Pattern.compile("(?i)the|a|an|les|le|la|il|el|die|der|das");

	private static final Pattern SUFFIX = Pattern.compile("(?i)(jr|sr)\\.?|ii|iii|iv");

}
