package org.filmref.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.spring6.SpringTemplateEngine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every expression that the film page evaluates is compiled by SpEL once it has run (in Thymeleaf's mixed
 * mode, after a hundred interpretations): one that cannot be compiled is interpreted through reflection at every
 * render, ten and more times the cost of a compiled one. SpEL compiles no {@code and}, {@code or}, {@code !} or
 * {@code ?:} on a variable whose type it cannot know (a fragment's parameter), nor {@code +} joining a number to
 * text: such conditions are written as {@code ${a} and ${b}}, which Thymeleaf combines.
 */
@PageTest
class SpelCompilationTests {

	/** More than SpEL's interpretations before it compiles an expression. */
	private static final int RENDERS = 110;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SpringTemplateEngine engine;

	@Test
	void theFilmPagesExpressionsAreCompiled() throws Exception {
		ICache<ExpressionCacheKey, Object> expressions = engine.getConfiguration().getCacheManager().getExpressionCache();
		expressions.clear();
		for (int i = 0; i < RENDERS; i++) {
			mvc.perform(get("/films/leaving-las-vegas")).andExpect(status().isOk());
		}
		Field compiledAst = SpelExpression.class.getDeclaredField("compiledAst");
		compiledAst.setAccessible(true);
		List<String> compiled = new ArrayList<>();
		List<String> interpreted = new ArrayList<>();
		for (ExpressionCacheKey key : expressions.keySet()) {
			Object value = expressions.get(key);
			if (value != null && value.getClass().getSimpleName().equals("ComputedSpelExpression")) {
				Field field = value.getClass().getDeclaredField("expression");
				field.setAccessible(true);
				SpelExpression spel = (SpelExpression) field.get(value);
				(compiledAst.get(spel) != null ? compiled : interpreted).add(spel.getExpressionString());
			}
		}
		assertThat(compiled).hasSizeGreaterThan(50);
		assertThat(interpreted).isEmpty();
	}

}
