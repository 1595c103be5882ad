package org.filmref.review;

import java.util.Locale;

/** Language codes of reviews in English words: "de" is "German". */
final class Languages {

	private Languages() {
	}

	static String name(String code) {
		return code == null ? null : Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
	}

	/** The heading over the quotes of critics who wrote in a language; the site quotes them in English. */
	static String criticsHeading(String code) {
		return "en".equals(code) ? name(code) + "-language critics"
				: name(code) + "-language critics, in English translation";
	}

}
