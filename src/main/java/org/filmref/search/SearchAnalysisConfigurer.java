package org.filmref.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.filmref.model.Analyzers;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The two analyzers of the site's index.
 * <ul>
 * <li>{@value #ENGLISH}: prose and titles. Folded to ASCII, possessives and stop words dropped, Porter-stemmed, so
 * that "drinking" finds "drink" and "Elisabeth's" finds "Elisabeth".</li>
 * <li>{@value #NAME}: names of people and characters, and text in other languages. Folded to ASCII and lower-cased,
 * never stemmed, so that fuzzy matching compares whole names ("nicholas" is one edit away from "nicolas").</li>
 * </ul>
 * Registered through {@code hibernate.search.backend.analysis.configurer}; {@link SnippetHighlighter} reuses both
 * so that snippets mark exactly the words the index matched. Entities name them through {@link Analyzers}.
 */
public class SearchAnalysisConfigurer implements LuceneAnalysisConfigurer {

	public static final String ENGLISH = Analyzers.ENGLISH;

	public static final String NAME = Analyzers.NAME;

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.tokenFilter(PorterStemFilterFactory.class);
		context.analyzer(NAME)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

}
