package org.filmref.web;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.FileCopyUtils;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;
import org.thymeleaf.templateresource.ITemplateResource;

/**
 * Collapses the indentation that HTML templates carry for readability once, when a template is read, instead of in
 * every page: between tags and around text, a run of whitespace with a line break becomes one line break, and any
 * other run of more than one whitespace character one space; inside a tag, between its attributes, any run becomes one
 * space. Attribute values, comments and the content of {@code pre}, {@code textarea}, {@code script} and
 * {@code style} are left as they are. The browser renders exactly as before; pages shrink by about a tenth before
 * compression.
 *
 * <p>
 * It replaced a Thymeleaf post-processor that collapsed the whitespace of every page as it was written: that read
 * every text event of every render (a quarter of an uncached film page's time with what it wrote), and made
 * Thymeleaf parse the markup that {@code th:utext} outputs into events for it.
 */
class TemplateWhitespace implements BeanPostProcessor {

	private final boolean enabled;

	/** @param enabled false where {@code filmref.templates.collapse-whitespace=false}: templates are read as written */
	TemplateWhitespace(boolean enabled) {
		this.enabled = enabled;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (enabled && bean instanceof SpringTemplateEngine engine) {
			List<ITemplateResolver> resolvers = new ArrayList<>();
			engine.getTemplateResolvers().forEach(resolver -> resolvers.add(new Resolver(resolver)));
			engine.setTemplateResolvers(new LinkedHashSet<>(resolvers));
		}
		return bean;
	}

	/** A template resolver whose HTML templates are read collapsed. */
	record Resolver(ITemplateResolver resolver) implements ITemplateResolver {

		@Override
		public String getName() {
			return resolver.getName();
		}

		@Override
		public Integer getOrder() {
			return resolver.getOrder();
		}

		@Override
		public TemplateResolution resolveTemplate(IEngineConfiguration configuration, String ownerTemplate,
				String template, Map<String, Object> attributes) {
			TemplateResolution resolution = resolver.resolveTemplate(configuration, ownerTemplate, template, attributes);
			if (resolution == null || resolution.getTemplateMode() != TemplateMode.HTML) {
				return resolution;
			}
			return new TemplateResolution(new Resource(resolution.getTemplateResource()),
					resolution.isTemplateResourceExistenceVerified(), resolution.getTemplateMode(),
					resolution.getUseDecoupledLogic(), resolution.getValidity());
		}

	}

	/** A template resource read collapsed. */
	record Resource(ITemplateResource resource) implements ITemplateResource {

		@Override
		public String getDescription() {
			return resource.getDescription();
		}

		@Override
		public String getBaseName() {
			return resource.getBaseName();
		}

		@Override
		public boolean exists() {
			return resource.exists();
		}

		@Override
		public Reader reader() throws IOException {
			try (Reader reader = resource.reader()) {
				return new StringReader(collapse(FileCopyUtils.copyToString(reader)));
			}
		}

		@Override
		public ITemplateResource relative(String relativeLocation) {
			return resource.relative(relativeLocation);
		}

	}

	/** The template's markup with its indentation collapsed. */
	static String collapse(String markup) {
		StringBuilder out = new StringBuilder(markup.length());
		int length = markup.length();
		int i = 0;
		while (i < length) {
			char c = markup.charAt(i);
			if (c == '<' && markup.startsWith("<!--", i)) {
				int end = markup.indexOf("-->", i + 4);
				end = end < 0 ? length : end + 3;
				out.append(markup, i, end);
				i = end;
			}
			else if (c == '<' && i + 1 < length && isTagStart(markup.charAt(i + 1))) {
				i = tag(markup, i, out);
			}
			else if (isWhitespace(c)) {
				int end = i;
				boolean lineBreak = false;
				while (end < length && isWhitespace(markup.charAt(end))) {
					lineBreak |= markup.charAt(end) == '\n';
					end++;
				}
				out.append(lineBreak ? "\n" : end - i > 1 ? " " : markup.substring(i, end));
				i = end;
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

	/**
	 * Copies the tag that starts at {@code start}, its whitespace outside attribute values collapsed, and the content
	 * of a {@code pre}, {@code textarea}, {@code script} or {@code style} element as it is; returns where it ended.
	 */
	private static int tag(String markup, int start, StringBuilder out) {
		int length = markup.length();
		int nameEnd = start + 1;
		while (nameEnd < length && isNameChar(markup.charAt(nameEnd))) {
			nameEnd++;
		}
		String name = markup.substring(start + 1, nameEnd);
		out.append(markup, start, nameEnd);
		int i = nameEnd;
		char quote = 0;
		while (i < length) {
			char c = markup.charAt(i);
			if (quote != 0) {
				quote = c == quote ? 0 : quote;
				out.append(c);
				i++;
			}
			else if (isWhitespace(c)) {
				while (i < length && isWhitespace(markup.charAt(i))) {
					i++;
				}
				out.append(' ');
			}
			else {
				quote = c == '"' || c == '\'' ? c : 0;
				out.append(c);
				i++;
				if (c == '>') {
					break;
				}
			}
		}
		if (isRaw(name) && markup.charAt(i - 2) != '/') {
			int close = indexOfIgnoreCase(markup, "</" + name, i);
			close = close < 0 ? length : close;
			out.append(markup, i, close);
			i = close;
		}
		return i;
	}

	private static boolean isRaw(String name) {
		return "pre".equalsIgnoreCase(name) || "textarea".equalsIgnoreCase(name) || "script".equalsIgnoreCase(name)
				|| "style".equalsIgnoreCase(name);
	}

	private static int indexOfIgnoreCase(String markup, String what, int from) {
		for (int i = from; i + what.length() <= markup.length(); i++) {
			if (markup.regionMatches(true, i, what, 0, what.length())) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isTagStart(char c) {
		return c == '/' || Character.isLetter(c);
	}

	private static boolean isNameChar(char c) {
		return c == '/' || c == ':' || c == '-' || Character.isLetterOrDigit(c);
	}

	/** HTML's whitespace. */
	private static boolean isWhitespace(char c) {
		return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
	}

}
