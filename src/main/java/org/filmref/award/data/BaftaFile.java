package org.filmref.award.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.filmref.award.data.AwardEntry.Credit;
import org.filmref.award.data.CategoryRules.Rule;

/**
 * The BAFTA film awards data set (db/data/bafta/bafta_films.csv, scraped from awards.bafta.org):
 * {@code year,category,nominee,workers,winner}. The category is worded {@code Film | Actor in a Leading Role in 1996};
 * which of {@code nominee} and {@code workers} is the film is said per wording by the category rules, and a row that
 * has them the other way round (the film in the person's column: Best Direction from 2018 on) is read as meant,
 * category by category: where the people's side of a category's rows names films nominated that year in a film
 * category (Best Film, Documentary…) and the film's side never does, the whole category is read the other way round. The ceremony is counted by the year it
 * was held (the 49th in 1996); the films are of the year before.
 */
public final class BaftaFile {

	/** Bumped whenever the conversion changes what it produces; part of the migrations' checksums. */
	public static final int VERSION = 5;

	private static final String HEADER = "year,category,nominee,workers,winner";

	private static final int WIDTH = HEADER.split(",").length;

	/** The year of the first ceremony, less one: the 49th was held in 1996. */
	static final int EDITION_OFFSET = 1947;

	private static final Pattern PREFIX = Pattern.compile("^Film \\| ");

	private static final Pattern SUFFIX = Pattern.compile(" in \\d{4}$");

	private static final Pattern ROLE = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

	private BaftaFile() {
	}

	static String wording(String category) {
		return SUFFIX.matcher(PREFIX.matcher(category.trim()).replaceFirst("")).replaceFirst("");
	}

	/** The reviewed corrections of the file's cells ({@link Corrections}), beside it. */
	public static final String CORRECTIONS = "db/data/bafta/corrections.tsv";

	public static List<AwardEntry> entries(String resource, CategoryRules rules) {
		List<List<String>> records = Corrections.read(CORRECTIONS).apply(Csv.read(resource, HEADER), WIDTH);
		Map<Integer, Set<String>> filmsOfYear = new HashMap<>();
		for (List<String> r : records) {
			Rule rule = rules.of(wording(r.get(1)));
			if (!rule.included()) {
				continue;
			}
			// The films of a year: the nominees of the film categories (Best Film, Documentary…), whose rows name the
			// film first throughout.
			String film = rule.nominee() == CategoryRules.Nominee.FILM && "Title".equals(rule.categoryClass())
					? r.get(2) : "";
			if (!film.isBlank()) {
				filmsOfYear.computeIfAbsent(Integer.parseInt(r.get(0).trim()), y -> new HashSet<>())
					.add(Titles.titleKey(film));
			}
		}
		Set<String> swapped = swappedCategories(records, rules, filmsOfYear);
		List<AwardEntry> entries = new ArrayList<>(records.size());
		for (List<String> r : records) {
			String wording = wording(r.get(1));
			Rule rule = rules.of(wording);
			String nominee = r.get(2).trim();
			String workers = r.get(3).trim();
			if (!rule.included() || nominee.startsWith("Category not awarded") || nominee.startsWith("No winner")) {
				continue;
			}
			int year = Integer.parseInt(r.get(0).trim());
			String people = "";
			String film = "";
			List<Credit> nominees = new ArrayList<>();
			switch (rule.nominee()) {
				case PERSON -> {
					people = nominee;
					film = workers;
				}
				case FILM -> {
					film = nominee;
					people = workers;
				}
				case HONORARY -> {
					people = nominee;
					film = workers;
				}
				case NAMED -> nominees.add(new Credit(nominee, null, false));
				default -> throw new IllegalStateException("No such BAFTA category kind: " + rule.nominee());
			}
			if (swapped.contains(year + "|" + wording)) {
				String swap = people;
				people = film;
				film = swap;
			}
			for (String person : split(people)) {
				nominees.add(Credit.named(Titles.name(ROLE.matcher(person).replaceFirst(""))));
			}
			List<Credit> films = new ArrayList<>();
			for (String title : films(film)) {
				films.add(new Credit(Titles.title(title), null, false));
			}
			entries.add(new AwardEntry(year - EDITION_OFFSET, year, Integer.toString(year - 1), year - 1, wording,
					rule.name(), rule.categoryClass(), nominees, films, rule.given() || "True".equals(r.get(4).trim()), null, null, List.of(),
					r.size() > WIDTH ? r.get(WIDTH) : null, null));
		}
		return entries;
	}

	/**
	 * The categories of a year ("1996|Director") whose rows have the film and the people the other way round from
	 * what the category rules say: a category some of whose rows name a film of the year (nominated in a film category)
	 * on the people's side and none on the film's. The whole category is read the other way round, so a row whose
	 * film no film category of the year names (Blade Runner 2049, for Best Direction in 2018) is not made a person.
	 */
	private static Set<String> swappedCategories(List<List<String>> records, CategoryRules rules,
			Map<Integer, Set<String>> filmsOfYear) {
		Set<String> filmOnPeopleSide = new HashSet<>();
		Set<String> filmOnFilmSide = new HashSet<>();
		for (List<String> r : records) {
			String wording = wording(r.get(1));
			Rule rule = rules.of(wording);
			if (!rule.included() || (rule.nominee() != CategoryRules.Nominee.PERSON
					&& rule.nominee() != CategoryRules.Nominee.FILM)) {
				continue;
			}
			int year = Integer.parseInt(r.get(0).trim());
			Set<String> known = filmsOfYear.getOrDefault(year, Set.of());
			String people = rule.nominee() == CategoryRules.Nominee.PERSON ? r.get(2) : r.get(3);
			String film = rule.nominee() == CategoryRules.Nominee.PERSON ? r.get(3) : r.get(2);
			String key = year + "|" + wording;
			if (!people.isBlank() && known.contains(Titles.titleKey(people))) {
				filmOnPeopleSide.add(key);
			}
			if (!film.isBlank() && known.contains(Titles.titleKey(film))) {
				filmOnFilmSide.add(key);
			}
		}
		filmOnPeopleSide.removeAll(filmOnFilmSide);
		return filmOnPeopleSide;
	}

	/**
	 * The people of a row: comma-separated, a role in brackets after a name dropped, and a co-writer added in words
	 * ("Álvaro Delgado-Aparicio (Writer/Director) - also written by Héctor Gálvez") a name of its own.
	 */
	static List<String> split(String people) {
		return Arrays.stream(people.split(",|\\s+-\\s+also written by\\s+"))
			.map(String::trim)
			.filter(p -> !p.isEmpty())
			.toList();
	}

	/**
	 * "The Lion In Winter/Guess Who's Coming To Dinner?" and "Jaws/The Towering Inferno": two films; "Face/Off", two
	 * short words, stays one.
	 */
	static List<String> films(String text) {
		if (text.isBlank()) {
			return List.of();
		}
		List<String> parts = Arrays.stream(text.split("/")).map(String::trim).toList();
		if (parts.size() > 1
				&& (parts.stream().allMatch(p -> p.length() > 4) || parts.stream().anyMatch(p -> p.contains(" ")))) {
			return parts;
		}
		return List.of(text.trim());
	}

}
