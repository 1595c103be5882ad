package org.filmref.web;

/**
 * What a page tells search engines and link previews: the layout renders it as the description, the canonical
 * link, Open Graph and Twitter card tags and a schema.org JSON-LD block. Controllers add it as the model attribute
 * {@code meta}; pages without one get {@link #of(String) defaults} for their address.
 *
 * @param title the page's subject, without the site's name ("Leaving Las Vegas (1995 film)"), or {@code null}
 * @param description one or two plain sentences, or {@code null}
 * @param path the canonical path ({@code /films/leaving-las-vegas}), made absolute with the site's base URL
 * @param type the Open Graph type: {@code website}, {@code video.movie}, {@code profile}, {@code book},
 * {@code music.song}, {@code article}
 * @param image an image path or URL, or {@code null}
 * @param jsonLd the JSON-LD document as {@link JsonLd#write} made it, or {@code null}
 */
public record PageMeta(String title, String description, String path, String type, String image, Html jsonLd) {

	/** Canonical address and nothing else: what a page without its own meta gets. */
	public static PageMeta of(String path) {
		return new PageMeta(null, null, path, "website", null, null);
	}

	public static PageMeta of(String title, String description, String path) {
		return new PageMeta(title, description, path, "website", null, null);
	}

	public PageMeta type(String type) {
		return new PageMeta(title, description, path, type, image, jsonLd);
	}

	public PageMeta jsonLd(Object document) {
		return new PageMeta(title, description, path, type, image, Html.scriptData(JsonLd.write(document)));
	}

	/** The description cut to what previews show, at a word boundary. */
	public String shortDescription() {
		if (description == null || description.length() <= 300) {
			return description;
		}
		int cut = description.lastIndexOf(' ', 297);
		return description.substring(0, cut > 200 ? cut : 297) + "…";
	}

}
