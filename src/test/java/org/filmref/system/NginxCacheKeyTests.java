package org.filmref.system;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * nginx's cache key ({@code src/deploy/nginx.conf}) holds exactly the query parameters the site's pages read, as the
 * application's own page cache does: one missing would serve one page for another (a search's results for every
 * search), one too many would split the cache as tracking parameters would.
 */
class NginxCacheKeyTests {

	private static final Path CONFIG = Path.of("src/deploy/nginx.conf");

	@Test
	void theKeyListsEveryQueryParameterThatAPageReads() throws IOException {
		assertThat(keyParameters()).isEqualTo(parametersReadByPages()).isNotEmpty();
	}

	@Test
	void trackingParametersAreNotInTheKey() throws IOException {
		String key = keyLine();
		assertThat(key).contains("$filmref_path").doesNotContain("$args").doesNotContain("$request_uri")
			.doesNotContain("utm").doesNotContain("fbclid");
	}

	private static String keyLine() throws IOException {
		return Files.readAllLines(CONFIG)
			.stream()
			.filter((line) -> line.trim().startsWith("proxy_cache_key "))
			.findFirst()
			.orElseThrow();
	}

	/** The parameters in the key: {@code name=$filmref_name}, each with its {@code map $args $filmref_name}. */
	private static Set<String> keyParameters() throws IOException {
		String config = Files.readString(CONFIG);
		Set<String> names = new TreeSet<>();
		Matcher inKey = Pattern.compile("(\\w+)=\\$filmref_(\\w+)").matcher(keyLine());
		while (inKey.find()) {
			assertThat(inKey.group(2)).isEqualTo(inKey.group(1));
			assertThat(config).contains("map $args $filmref_" + inKey.group(1) + " {",
					"(?:^|&)" + inKey.group(1) + "=(?<");
			names.add(inKey.group(1));
		}
		return names;
	}

	/** Every {@code @RequestParam} and mapping {@code params} of the application's controllers. */
	private static Set<String> parametersReadByPages() throws IOException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		Set<String> names = new TreeSet<>();
		for (BeanDefinition controller : scanner.findCandidateComponents("org.filmref")) {
			Class<?> type = ClassUtils.resolveClassName(controller.getBeanClassName(), null);
			for (Method method : type.getDeclaredMethods()) {
				RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
				if (mapping == null) {
					continue;
				}
				for (String condition : mapping.params()) {
					names.add(condition.split("[!=]")[0]);
				}
				for (int i = 0; i < method.getParameterCount(); i++) {
					MethodParameter parameter = new MethodParameter(method, i);
					assertThat(parameter.hasParameterAnnotation(ModelAttribute.class))
						.as("%s reads every parameter", method)
						.isFalse();
					RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
					if (param == null) {
						continue;
					}
					String name = param.name();
					if (!StringUtils.hasText(name)) {
						parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
						name = parameter.getParameterName();
					}
					names.add(name);
				}
			}
		}
		return names;
	}

}
