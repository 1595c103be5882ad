package org.filmref.web;

/**
 * A label with an optional in-site address: names of people or films without a page of their own are shown as
 * plain text, never as broken links.
 *
 * @param label the text shown
 * @param href the address, or {@code null} where there is no page to link to
 */
public record Link(String label, String href) {

	public static Link plain(String label) {
		return new Link(label, null);
	}

	public boolean linked() {
		return href != null;
	}

}
