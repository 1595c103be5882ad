package org.filmref.award.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.filmref.award.data.AwardEntry.Credit;
import org.filmref.award.data.CategoryRules.Rule;

/**
 * The Screen Actors Guild Awards data set (db/data/sag/screen_actor_guild_awards.csv, scraped from sagawards.org):
 * {@code year,category,full_name,show,won}, the year written {@code 1996 - 2nd Annual}. A cast award has one row per
 * member of the cast: the rows of one film at one ceremony are one nomination. Rows whose year names no ceremony
 * (Life Achievement Awards given before the 1st ceremony, and a few broken rows) are left out; older rows are in
 * capitals and are read as names and titles.
 */
public final class ScreenActorsGuildFile {

	/** Bumped whenever the conversion changes what it produces; part of the migrations' checksums. */
	public static final int VERSION = 1;

	private static final String HEADER = "year,category,full_name,show,won";

	private static final Pattern YEAR = Pattern.compile("^(\\d{4}) - (\\d+)(?:st|nd|rd|th) Annual.*");

	private ScreenActorsGuildFile() {
	}

	public static List<AwardEntry> entries(String resource, CategoryRules rules) {
		List<List<String>> records = Csv.read(resource, HEADER);
		Map<String, AwardEntry> entries = new LinkedHashMap<>();
		int n = 0;
		for (List<String> r : records) {
			if (r.size() < 5) {
				continue;
			}
			Matcher year = YEAR.matcher(r.get(0).trim());
			if (!year.matches()) {
				continue;
			}
			Rule rule = rules.of(r.get(1));
			if (!rule.included()) {
				continue;
			}
			int held = Integer.parseInt(year.group(1));
			int edition = Integer.parseInt(year.group(2));
			String person = r.get(2).trim();
			String show = r.get(3).trim();
			boolean won = rule.given() || "True".equals(r.get(4).trim());
			List<Credit> films = show.isEmpty() || "N/A".equals(show) ? List.of()
					: List.of(new Credit(Titles.title(show), null, false));
			String key = rule.nominee() == CategoryRules.Nominee.CAST ? edition + "|" + rule.name() + "|" + show
					: Integer.toString(n++);
			AwardEntry entry = entries.get(key);
			List<Credit> nominees = entry == null ? new ArrayList<>() : new ArrayList<>(entry.nominees());
			if (!person.isEmpty()) {
				nominees.add(Credit.named(Titles.name(person)));
			}
			entries.put(key, new AwardEntry(edition, held, Integer.toString(held - 1), held - 1, r.get(1).trim(),
					rule.name(), rule.categoryClass(), nominees, films, won || entry != null && entry.won(), null, null, List.of(), null,
					null));
		}
		return List.copyOf(entries.values());
	}

}
