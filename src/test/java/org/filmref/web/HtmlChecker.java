package org.filmref.web;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.BasicConfigurator;
import org.apache.log4j.varia.NullAppender;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (vnu, the W3C's HTML checker) run in-process: the HTML schema and the checker's own rules
 * come from its jar, nothing is fetched. One instance checks documents one after another.
 */
public final class HtmlChecker {

	/** The checker's full HTML schema (with RDFa and ARIA), as its command-line client uses by default. */
	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private final SimpleDocumentValidator validator;

	private final Messages messages = new Messages();

	public HtmlChecker() {
		// The checker logs through log4j 1, which nothing else here uses: quietly, instead of its "no appenders" warning.
		BasicConfigurator.configure(new NullAppender());
		// No log4j set-up of its own, no logging of URLs, no language detection (slow, and it only warns).
		this.validator = new SimpleDocumentValidator(false, false, false);
		try {
			this.validator.setUpMainSchema(HTML_SCHEMA, new Messages());
			this.validator.setUpValidatorAndParsers(this.messages, true, false);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu Html Checker's schema could not be set up", ex);
		}
	}

	/**
	 * Checks an HTML document and returns its errors, each as "line:column: message" followed by the offending
	 * source line; empty when the document is valid. Warnings are not errors and are left out.
	 */
	public List<String> errors(String html) {
		this.messages.errors.clear();
		try {
			this.validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
		}
		catch (IOException | SAXException ex) {
			throw new IllegalStateException("The Nu Html Checker failed", ex);
		}
		String[] lines = html.split("\n", -1);
		return this.messages.errors.stream().map(error -> describe(error, lines)).toList();
	}

	private static String describe(SAXParseException error, String[] lines) {
		int line = error.getLineNumber();
		String source = line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
		if (source.length() > 200) {
			int column = Math.max(0, Math.min(error.getColumnNumber(), source.length()));
			source = "…" + source.substring(Math.max(0, column - 150), Math.min(source.length(), column + 50)) + "…";
		}
		return line + ":" + error.getColumnNumber() + ": " + error.getMessage() + "\n    " + source;
	}

	private static final class Messages implements ErrorHandler {

		private final List<SAXParseException> errors = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			this.errors.add(exception);
		}

		@Override
		public void fatalError(SAXParseException exception) {
			this.errors.add(exception);
		}

	}

}
