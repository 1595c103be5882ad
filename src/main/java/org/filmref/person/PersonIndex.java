package org.filmref.person;

import java.util.List;

import org.filmref.web.Description;
import org.filmref.web.Link;

/**
 * The people index: everyone with a page, by sort name, with the works they are known for.
 */
public record PersonIndex(List<Entry> people) {

	/** "The 60 people in filmref's articles, …: Kim Adams, Graham Beckel and 58 more." */
	public String metaDescription() {
		return Description.listing("The " + people.size()
				+ " people in filmref's articles, each with the films, novels and songs they are known for: ",
				people.stream().map(entry -> entry.person().label()).toList(), ".");
	}

	/** @param years "1960–1994", or {@code null} where the site has no dates */
	public record Entry(Link person, String sortName, String years, List<KnownFor> knownFor) {
	}

	/** A work and the person's part in it: "Leaving Las Vegas (1995 film): director, screenplay". */
	public record KnownFor(Link work, String kind, List<String> roles) {

		/** A work of the given kind, with its year where known: "1995 film". */
		public static KnownFor of(Link work, Integer year, String kind, List<String> roles) {
			return new KnownFor(work, (year != null ? year + " " : "") + kind, roles);
		}

		public String description() {
			return kind + (roles.isEmpty() ? "" : ": " + String.join(", ", roles));
		}

	}

}
