package org.filmref.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import org.filmref.web.Html;

/**
 * Cuts an excerpt from a text and marks the words a query matched in it. It runs the index's own analyzers over the
 * text, so it marks what the index matched: "drinking" marks "drink" (same stem), and in names "nicholas" marks
 * "Nicolas" (one edit away, as the fuzzy query allows). The text is HTML-escaped piece by piece and only the
 * {@code <mark>} tags are added, so the result is safe to render unescaped whatever the text or the query holds.
 */
final class SnippetHighlighter {

	/** Roughly how many characters of text an excerpt shows. */
	static final int EXCERPT_LENGTH = 200;

	/** How much text an excerpt shows before its first match. */
	private static final int LEAD_IN = 60;

	private final Analyzer english;

	private final Analyzer name;

	SnippetHighlighter(Analyzer english, Analyzer name) {
		this.english = english;
		this.name = name;
	}

	/** The query's words as the two analyzers see them: stems for prose, folded words for names. */
	record QueryTerms(Set<String> stems, Set<String> folded) {
	}

	/** A text to cut an excerpt from; in names, near misses count as matches too. */
	record Source(String text, boolean isName) {

		static Source prose(String text) {
			return new Source(text, false);
		}

		static Source name(String text) {
			return new Source(text, true);
		}

	}

	QueryTerms terms(List<String> words) {
		Set<String> stems = new HashSet<>();
		Set<String> folded = new HashSet<>();
		for (String word : words) {
			stems.addAll(analyze(english, word));
			folded.addAll(analyze(name, word));
		}
		return new QueryTerms(stems, folded);
	}

	/**
	 * The excerpt of the source with the most matched words, or, when none matches, the beginning of the first
	 * non-empty source; {@code ""} when all are empty.
	 */
	Html snippet(List<Source> sources, QueryTerms terms) {
		String best = null;
		List<int[]> bestMatches = List.of();
		int bestDistinct = 0;
		for (Source source : sources) {
			if (source.text() == null || source.text().isBlank()) {
				continue;
			}
			if (best == null) {
				best = source.text();
			}
			List<int[]> matches = matches(source, terms);
			int distinct = (int) matches.stream()
				.map(m -> source.text().substring(m[0], m[1]).toLowerCase())
				.distinct()
				.count();
			if (distinct > bestDistinct) {
				best = source.text();
				bestMatches = matches;
				bestDistinct = distinct;
			}
		}
		return best == null ? Html.EMPTY : excerpt(best, bestMatches);
	}

	/** Start and end offsets of the words of the text that the query matches. */
	List<int[]> matches(Source source, QueryTerms terms) {
		List<int[]> matches = new ArrayList<>();
		String text = source.text();
		try (TokenStream tokens = name.tokenStream("", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				String folded = term.toString();
				if (isMatch(folded, source.isName(), terms)) {
					matches.add(new int[] { offset.startOffset(), offset.endOffset() });
				}
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return matches;
	}

	private boolean isMatch(String folded, boolean inName, QueryTerms terms) {
		if (terms.folded().contains(folded)) {
			return true;
		}
		for (String stem : analyze(english, folded)) {
			if (terms.stems().contains(stem)) {
				return true;
			}
		}
		if (inName) {
			for (String queryWord : terms.folded()) {
				int allowed = Fuzziness.maxEdits(queryWord);
				if (allowed > 0 && folded.charAt(0) == queryWord.charAt(0)
						&& Fuzziness.distance(folded, queryWord, allowed) <= allowed) {
					return true;
				}
			}
		}
		return false;
	}

	private Html excerpt(String text, List<int[]> matches) {
		int from = 0;
		if (!matches.isEmpty() && matches.get(0)[0] > LEAD_IN) {
			from = wordStartAfter(text, matches.get(0)[0] - LEAD_IN);
		}
		int to = Math.min(text.length(), from + EXCERPT_LENGTH);
		if (to < text.length()) {
			to = wordEndBefore(text, to, from);
		}
		Html.Builder html = Html.builder(to - from + 64);
		if (from > 0) {
			html.text("\u2026 ");
		}
		int cursor = from;
		for (int[] match : matches) {
			if (match[0] < cursor || match[1] > to) {
				continue;
			}
			html.text(text.substring(cursor, match[0]));
			html.start("mark").text(text.substring(match[0], match[1])).end("mark");
			cursor = match[1];
		}
		html.text(text.substring(cursor, to));
		if (to < text.length()) {
			html.text(" \u2026");
		}
		return html.build();
	}

	private static int wordStartAfter(String text, int index) {
		int space = text.indexOf(' ', index);
		return space < 0 ? index : space + 1;
	}

	private static int wordEndBefore(String text, int index, int floor) {
		int space = text.lastIndexOf(' ', index);
		return space <= floor ? index : space;
	}

	private static List<String> analyze(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream("", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
