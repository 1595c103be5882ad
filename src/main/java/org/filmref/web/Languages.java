package org.filmref.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Language names for the language codes the content carries ({@code de}, {@code en}, ...), in English.
 */
public final class Languages {

	/** Names by code: the codes are few (the content's languages), and a name costs a language-tag parse. */
	private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

	private Languages() {
	}

	/** "German" for {@code de}; the code itself where Java knows no name for it; {@code null} for none. */
	public static String name(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return NAMES.computeIfAbsent(code, Languages::lookUp);
	}

	private static String lookUp(String code) {
		String name = Locale.forLanguageTag(code.strip()).getDisplayLanguage(Locale.ENGLISH);
		return name.isEmpty() ? code : name;
	}

	/** The heading over the quotes of critics who wrote in a language; the site quotes them in English. */
	public static String criticsHeading(String code) {
		return "en".equals(code) ? name(code) + "-language critics"
				: name(code) + "-language critics, in English translation";
	}

}
