package org.filmref.web;

/**
 * One step of a breadcrumb trail; the last step is the current page and has no address.
 */
public record Crumb(String label, String href) {

	public static Crumb home() {
		return new Crumb("Home", "/");
	}

	public static Crumb here(String label) {
		return new Crumb(label, null);
	}

}
