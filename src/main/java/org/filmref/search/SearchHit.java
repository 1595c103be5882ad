package org.filmref.search;

import org.filmref.web.Html;

/**
 * One search result.
 *
 * @param kind what the hit is
 * @param title its title as plain text (the template escapes it)
 * @param url the site-relative URL of its page
 * @param snippetHtml an excerpt, its text escaped, with the matched words wrapped in {@code <mark>}
 * @param score the relevance after intent boosts; only the order matters
 */
public record SearchHit(SearchKind kind, String title, String url, Html snippetHtml, float score) {
}
