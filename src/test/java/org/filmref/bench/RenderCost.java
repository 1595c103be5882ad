package org.filmref.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponseWrapper;

import org.filmref.web.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Where a page's render goes: Thymeleaf's CPU time for the page's template, and for the template with each of its
 * {@code <section id="…">} (and then its {@code <article>}) removed in turn, rendered from the same model in one JVM,
 * one thread, the output discarded; the best of several rounds, so that a busy machine disturbs it little. Given
 * variants of the template ({@code render.variants}, files), each is rendered in turn with it, from the same model.
 * Not a test (the name is outside Surefire's patterns): {@code src/bench/render-cost.sh} runs it.
 */
@PageTest
class RenderCost {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ThymeleafViewResolver views;

	@Test
	void render() throws Exception {
		String page = System.getProperty("render.page", "/films/leaving-las-vegas");
		String template = System.getProperty("render.template", "film/show");
		MvcResult result = this.mvc.perform(get(page)).andReturn();
		Map<String, Object> model = new LinkedHashMap<>(result.getModelAndView().getModel());
		Path templates = Path.of("target/classes/templates");
		String source = Files.readString(templates.resolve(template + ".html"));
		Map<String, String> variants = new LinkedHashMap<>();
		variants.put("whole page", source);
		for (String variant : System.getProperty("render.variants", "").split(",")) {
			if (!variant.isBlank()) {
				variants.put(Path.of(variant).getFileName().toString(), Files.readString(Path.of(variant)));
			}
		}
		if (Boolean.parseBoolean(System.getProperty("render.sections", "true"))) {
			Matcher sections = Pattern.compile("(?s)\\n\\s*<section id=\"([a-z-]+)\".*?</section>").matcher(source);
			while (sections.find()) {
				variants.put("without " + sections.group(1), source.replace(sections.group(), ""));
			}
			variants.put("without article", source.replaceAll("(?s)<article.*</article>", ""));
		}
		List<Path> written = new ArrayList<>();
		try {
			Map<String, View> rendered = new LinkedHashMap<>();
			for (Map.Entry<String, String> variant : variants.entrySet()) {
				String name = template + "-render-cost-" + rendered.size();
				written.add(Files.writeString(templates.resolve(name + ".html"), variant.getValue()));
				rendered.put(variant.getKey(), this.views.resolveViewName(name, Locale.ENGLISH));
			}
			measure(rendered, model, result);
		}
		finally {
			for (Path path : written) {
				Files.deleteIfExists(path);
			}
		}
	}

	private void measure(Map<String, View> rendered, Map<String, Object> model, MvcResult result) throws Exception {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		Map<String, Long> best = new LinkedHashMap<>();
		Map<String, Long> allocated = new LinkedHashMap<>();
		Map<String, Long> chars = new LinkedHashMap<>();
		int renders = Integer.getInteger("render.renders", 200);
		int rounds = Integer.getInteger("render.rounds", 12);
		for (int round = 0; round < rounds; round++) {
			for (Map.Entry<String, View> view : rendered.entrySet()) {
				long start = threads.getCurrentThreadCpuTime();
				long bytes = threads.getCurrentThreadAllocatedBytes();
				for (int i = 0; i < renders; i++) {
					Discarding writer = new Discarding();
					view.getValue().render(model, result.getRequest(), new HttpServletResponseWrapper(new MockHttpServletResponse()) {

						@Override
						public PrintWriter getWriter() {
							return writer;
						}

					});
					chars.put(view.getKey(), writer.chars);
				}
				long nanos = (threads.getCurrentThreadCpuTime() - start) / renders;
				if (round >= 2) {
					best.merge(view.getKey(), nanos, Math::min);
					allocated.merge(view.getKey(), (threads.getCurrentThreadAllocatedBytes() - bytes) / renders, Math::min);
				}
			}
		}
		long whole = best.get("whole page");
		best.forEach((variant, nanos) -> System.out.printf("RENDER-COST %-28s %7.0f us  %-10s %8d characters %7d KB allocated%n",
				variant, nanos / 1000.0, variant.equals("whole page") ? "" : String.format("(%+.0f)", (nanos - whole) / 1000.0),
				chars.get(variant), allocated.get(variant) / 1024));
	}

	/** A response writer that counts what it is given and keeps none of it. */
	private static final class Discarding extends PrintWriter {

		private long chars;

		Discarding() {
			super(Writer.nullWriter());
		}

		@Override
		public void write(String text, int offset, int length) {
			this.chars += length;
		}

		@Override
		public void write(String text) {
			this.chars += text.length();
		}

		@Override
		public void write(char[] text, int offset, int length) {
			this.chars += length;
		}

		@Override
		public void write(int c) {
			this.chars++;
		}

		@Override
		public void flush() {
		}

	}

}
