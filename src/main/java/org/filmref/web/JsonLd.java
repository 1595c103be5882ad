package org.filmref.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD: small builders for nodes ({@link #node}) and the serialization into the text of a
 * {@code <script type="application/ld+json">} element.
 */
public final class JsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonLd() {
	}

	/**
	 * The document as JSON, safe inside a script element: {@code </} is written {@code <\/} (still the same JSON
	 * string) so that no value can close the element.
	 */
	public static String write(Object document) {
		return JSON.writeValueAsString(document).replace("</", "<\\/");
	}

	/** A node of the given schema.org type; the top-level node of a page is made with {@link #document}. */
	public static Node node(String type) {
		return new Node().put("@type", type);
	}

	public static Node document(String type) {
		return new Node().put("@context", "https://schema.org").put("@type", type);
	}

	/** A JSON object that drops null values and empty collections, so builders need no {@code if}s. */
	public static final class Node extends LinkedHashMap<String, Object> {

		private Node() {
		}

		@Override
		public Node put(String key, Object value) {
			if (value == null || (value instanceof Collection<?> list && list.isEmpty())
					|| (value instanceof Map<?, ?> map && map.isEmpty())) {
				return this;
			}
			super.put(key, value);
			return this;
		}

		public Node putAll(String key, List<?> values) {
			return put(key, values);
		}

	}

}
