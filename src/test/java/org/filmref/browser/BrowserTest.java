package org.filmref.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A test class that drives Debian's Chromium against the whole application on a random port. Every browser test
 * class carries exactly this configuration, so they all share one Spring context; each class gets one Chrome,
 * reused by its methods. Methods take a {@link Browser} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

	/** Whether pages may run JavaScript; {@code false} starts Chrome with JavaScript blocked by policy. */
	boolean javascript() default true;

}
