package org.filmref.web;

import java.time.LocalDate;
import java.util.Locale;

import org.filmref.web.JsonLd.Node;

/**
 * schema.org nodes that several pages share (a person, an organization, a language), with absolute URLs from
 * {@link Site}. Page-specific documents (the film's {@code Movie}, a person's {@code Person}, ...) are built in their
 * feature packages from these.
 */
public final class Schema {

	private Schema() {
	}

	/** A person, with the URL of their page where they have one. */
	public static Node person(Linkable person, Site site) {
		return JsonLd.node("Person").put("name", person.link().label()).put("url", site.url(person.path()));
	}

	public static Node person(String name) {
		return JsonLd.node("Person").put("name", name);
	}

	public static Node organization(String name, String url) {
		return JsonLd.node("Organization").put("name", name).put("url", url);
	}

	/** ISO 8601 duration in minutes: {@code PT111M}. */
	public static String minutes(Integer minutes) {
		return minutes == null ? null : "PT" + minutes + "M";
	}

	/** ISO 8601 duration in minutes and seconds: {@code PT5M11S}. */
	public static String seconds(Integer seconds) {
		return seconds == null ? null : "PT" + (seconds / 60) + "M" + (seconds % 60) + "S";
	}

	public static String date(LocalDate date) {
		return date == null ? null : date.toString();
	}

	/** An IETF language tag for an English language name ("English" gives {@code en}), else the name itself. */
	public static String language(String name) {
		if (name == null) {
			return null;
		}
		for (String code : Locale.getISOLanguages()) {
			if (new Locale(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(name.trim())) {
				return code;
			}
		}
		return name;
	}

}
