package org.filmref.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * The site's Thymeleaf view: Thymeleaf's own, given the request with {@link RenderAttributes}. Thymeleaf's web
 * context keeps the model and every local variable of a template (each iteration's variable and its status, each
 * {@code th:with}, each fragment parameter) as attributes of the request, set, read and removed a few thousand times
 * for a page; Tomcat's request keeps its attributes in a concurrent map and, for each one set or removed, copies its
 * list of attribute listeners to notify them.
 */
public class TemplateView extends ThymeleafView {

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		super.render(model, new RenderAttributes(request), response);
	}

	/**
	 * A request whose attributes set during a render are kept in a map of the render's own, over the request's: a
	 * template reads every attribute of the request, as Spring documents, and what it sets is gone when the render
	 * ends, as Thymeleaf removes it anyway.
	 */
	static final class RenderAttributes extends HttpServletRequestWrapper {

		/** What a render removed that the request may still hold. */
		private static final Object REMOVED = new Object();

		private final Map<String, Object> own = new HashMap<>();

		RenderAttributes(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			Object value = own.get(name);
			if (value == null) {
				return super.getAttribute(name);
			}
			return value == REMOVED ? null : value;
		}

		@Override
		public void setAttribute(String name, Object value) {
			own.put(name, value != null ? value : REMOVED);
		}

		@Override
		public void removeAttribute(String name) {
			own.put(name, REMOVED);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
			own.forEach((name, value) -> {
				if (value == REMOVED) {
					names.remove(name);
				}
				else {
					names.add(name);
				}
			});
			return Collections.enumeration(names);
		}

	}

}
