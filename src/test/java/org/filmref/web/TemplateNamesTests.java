package org.filmref.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No fragment parameter or local variable of a template is named like a property that a template reads with
 * {@code *{...}}. Thymeleaf keeps one parsed SpEL expression per text, so {@code ${title}} (a variable, read from a
 * map) and {@code *{title}} (a property of the page's record) share one, whose remembered property accessor then
 * fails with an exception, caught and filled with a stack trace, on every render of the page.
 */
class TemplateNamesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern SELECTION = Pattern.compile("\\*\\{(\\w+)");

	private static final Pattern FRAGMENT = Pattern.compile("th:fragment=\"\\w[\\w-]*\\s*\\(([^)]*)\\)\"");

	private static final Pattern WITH = Pattern.compile("th:with=\"([^\"]*)\"");

	private static final Pattern EACH = Pattern.compile("th:each=\"\\s*(\\w+)\\s*(?:,\\s*(\\w+)\\s*)?:");

	@Test
	void noVariableIsNamedLikeASelectedProperty() throws IOException {
		Set<String> selected = new TreeSet<>();
		Set<String> variables = new TreeSet<>();
		for (String template : templates()) {
			find(SELECTION, template, selected);
			Matcher fragment = FRAGMENT.matcher(template);
			while (fragment.find()) {
				for (String parameter : fragment.group(1).split(",")) {
					variables.add(parameter.trim());
				}
			}
			Matcher with = WITH.matcher(template);
			while (with.find()) {
				find(Pattern.compile("(?:^|,)\\s*(\\w+)\\s*="), with.group(1), variables);
			}
			Matcher each = EACH.matcher(template);
			while (each.find()) {
				variables.add(each.group(1));
				if (each.group(2) != null) {
					variables.add(each.group(2));
				}
			}
		}
		assertThat(selected).contains("title", "name", "facts", "films");
		assertThat(variables).contains("pageTitle", "statements", "personal", "withWins");
		assertThat(variables).doesNotContainAnyElementsOf(selected);
	}

	private static void find(Pattern pattern, String text, Set<String> into) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

	private static List<String> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).map(file -> {
				try {
					return Files.readString(file);
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
		}
	}

}
