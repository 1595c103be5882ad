package org.filmref.award.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An award body's categories as data ({@code db/data/<body>/categories.tsv}, tab-separated, a header row): each
 * wording the data file uses, the site's category it belongs to (empty: the category is left out, as television
 * categories are), how the file's columns name the nominee, the category's class, and whether every row is an award
 * given (an honorary award the file marks as not won). The order of the rows is the order of the categories on
 * the site.
 */
public final class CategoryRules {

	/** How a category's rows name their nominee; what each kind means is the converter's to say. */
	public enum Nominee {

		/** A person, with the film they were nominated for. */
		PERSON,
		/** The film; the people credited, where the file names them, are its nominees. */
		FILM,
		/** A song: its title, then its writers, with the film. */
		SONG,
		/** The film, with its country and director. */
		FOREIGN,
		/** The country and director, with the film. */
		COUNTRY,
		/** A person honoured for a career, no film. */
		HONORARY,
		/** A name shown as written, without a page (a team, a company, an institution). */
		NAMED,
		/** A cast: one row per member, the rows of one film at one ceremony are one nomination. */
		CAST

	}

	/** One wording of a category. */
	public record Rule(String wording, String name, Nominee nominee, String categoryClass, boolean given,
			int position) {

		public boolean included() {
			return name != null;
		}

	}

	private final Map<String, Rule> rules;

	private CategoryRules(Map<String, Rule> rules) {
		this.rules = rules;
	}

	public static CategoryRules read(String resource) {
		Map<String, Rule> rules = new LinkedHashMap<>();
		Map<String, Integer> positions = new LinkedHashMap<>();
		for (String[] f : Tsv.read(resource, "category\tname\tnominee\tclass\tgiven")) {
			String name = f[1].isBlank() ? null : f[1].trim();
			Nominee nominee = name == null ? null : Nominee.valueOf(f[2].trim().toUpperCase(java.util.Locale.ROOT));
			int position = name == null ? 0 : positions.computeIfAbsent(name, n -> positions.size() + 1);
			rules.put(f[0].trim(), new Rule(f[0].trim(), name, nominee, name == null ? null : f[3].trim(),
					"yes".equals(f[4].trim()), position));
		}
		return new CategoryRules(rules);
	}

	/** The rule for a wording; a wording the rules do not list fails the load, so that none is dropped unseen. */
	public Rule of(String wording) {
		Rule rule = rules.get(wording.trim());
		if (rule == null) {
			throw new IllegalStateException("No category rule for \"" + wording + "\"");
		}
		return rule;
	}

	/** The place of the site's category of that name among the body's categories. */
	public int position(String name) {
		for (Rule rule : rules.values()) {
			if (name.equals(rule.name())) {
				return rule.position();
			}
		}
		throw new IllegalStateException("No category named " + name);
	}

	public List<Rule> all() {
		return List.copyOf(rules.values());
	}

}
