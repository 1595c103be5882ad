package org.filmref.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.filmref.award.CeremonyCategory;
import org.filmref.film.Credit;
import org.filmref.film.Film;
import org.filmref.film.Trivia;
import org.filmref.novel.Novel;
import org.filmref.person.Person;
import org.filmref.review.CriticReview;
import org.filmref.search.SnippetHighlighter.QueryTerms;
import org.filmref.search.SnippetHighlighter.Source;
import org.filmref.song.Song;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site's full-text search: turns what a reader typed into a Lucene query over every indexed entity, ranks and
 * groups the hits by kind, and cuts a highlighted snippet for each.
 *
 * <p>
 * How a query is read:
 * <ol>
 * <li>Only words count (letters and digits, with inner apostrophes as in "O'Brien"); every other character is a
 * separator, so quotes, stars, tildes, brackets and backslashes can never form query syntax.</li>
 * <li>English stop words and question words ("who", "what", ...) are dropped.</li>
 * <li>Intent words ({@link SearchKind}) such as "song" or "novel" are set aside: hits of their kind get
 * {@link #INTENT_BOOST} times their score. When a query holds nothing but intent words, they are searched for as
 * text.</li>
 * <li>The remaining words are matched in each field with its analyzer (stemmed English for prose and titles, folded
 * names for people and characters), titles and names weighing most (a film's or person's other titles and names,
 * as award bodies credit them, as much as the site's own); misspelt names match within
 * {@link Fuzziness}; a title or name containing the words as a phrase scores extra.</li>
 * <li>When some results match every word (each in any of their fields, names and titles within {@link Fuzziness}),
 * only those are shown: "meryl strep" is Meryl Streep, not also every film with "strip" in its title. Otherwise the
 * results that match some of the words are.</li>
 * </ol>
 * Hits are grouped by kind; the group whose best hit scores highest comes first.
 */
@Service
public class SiteSearch {

	/** The longest query accepted; longer ones are refused by the controller. */
	public static final int MAX_QUERY_LENGTH = 200;

	/** Score factor for hits of a kind the query asks for ("song", "sings"...). */
	static final float INTENT_BOOST = 3f;

	private static final int MAX_HITS = 100;

	private static final int MAX_WORDS = 32;

	private static final List<Class<?>> INDEXED = List.of(Film.class, Person.class, Credit.class, Novel.class,
			Song.class, CeremonyCategory.class, CriticReview.class, Trivia.class);

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

	private static final Set<String> QUESTION_WORDS = Set.of("who", "whom", "whose", "what", "which", "where",
			"when", "why", "how", "does", "did", "do", "is", "was", "were", "has", "had");

	/** Each indexed field with its weight. Fields missing from an index simply match nothing there. */
	private static final Map<String, Float> FIELD_WEIGHTS = fieldWeights();

	/** Fields holding names, matched fuzzily to forgive misspellings. */
	private static final String[] NAME_FIELDS = { "name", "otherNames", "characterName", "performer.name",
			"author.name", "critic.name" };

	/** Titles, matched fuzzily too ("bravehart"), in a clause of their own: their analyzer is not the names'. */
	private static final String[] FUZZY_TITLE_FIELDS = { "title", "otherTitles", "originalTitle" };

	/** Fields that name a document; a phrase match there (the whole title) scores extra. */
	private static final String[] TITLE_FIELDS = { "title", "otherTitles", "name", "otherNames", "characterName",
			"category.name" };

	private static final float PHRASE_BOOST = 3f;

	private final EntityManager entityManager;

	private final SnippetHighlighter highlighter;

	private final SearchIndex index;

	SiteSearch(EntityManager entityManager, EntityManagerFactory entityManagerFactory, SearchIndex index) {
		this.entityManager = entityManager;
		this.index = index;
		LuceneBackend backend = Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class);
		this.highlighter = new SnippetHighlighter(analyzer(backend, SearchAnalysisConfigurer.ENGLISH),
				analyzer(backend, SearchAnalysisConfigurer.NAME));
	}

	/**
	 * Searches the site; never throws for any text a reader can type. Waits for an index still being built.
	 * @throws SearchUnavailableException if the index failed or took too long to build
	 */
	@Transactional(readOnly = true)
	public SearchResults search(String query) {
		String trimmed = query == null ? "" : query.strip();
		List<String> words = words(trimmed);
		List<String> significant = words.stream().filter(w -> !isStopWord(w)).toList();
		Set<SearchKind> intents = EnumSet.noneOf(SearchKind.class);
		List<String> text = new ArrayList<>();
		for (String word : significant) {
			List<SearchKind> kinds = intentOf(word);
			intents.addAll(kinds);
			if (kinds.isEmpty()) {
				text.add(word);
			}
		}
		if (text.isEmpty()) {
			text = significant.isEmpty() ? words : significant;
		}
		if (text.isEmpty()) {
			return new SearchResults(trimmed, List.of(), List.of());
		}
		List<String> searchWords = List.copyOf(text);
		index.awaitBuilt();
		List<Scored> scored = fetch(f -> {
			var everyWord = f.bool().must(predicate(f, searchWords));
			searchWords.forEach(word -> everyWord.filter(anyField(f, word)));
			return everyWord;
		});
		if (scored.isEmpty() && searchWords.size() > 1) {
			scored = fetch(f -> predicate(f, searchWords));
		}
		QueryTerms terms = highlighter.terms(searchWords);
		List<SearchHit> hits = scored.stream().map(s -> toHit(s, terms, intents)).toList();
		return new SearchResults(trimmed, searchWords, group(hits));
	}

	private List<Scored> fetch(Function<SearchPredicateFactory, PredicateFinalStep> where) {
		return Search.session(entityManager)
			.search(INDEXED)
			.select(f -> f.composite().from(f.entity(), f.score()).as(Scored::new))
			.where(where)
			.fetchHits(MAX_HITS);
	}

	/** One word in any field, names and titles within {@link Fuzziness}; does not score. */
	private static PredicateFinalStep anyField(SearchPredicateFactory f, String word) {
		var any = f.bool();
		FIELD_WEIGHTS.keySet().forEach(field -> any.should(f.match().field(field).matching(word)));
		int edits = Fuzziness.maxEdits(word);
		if (edits > 0) {
			any.should(f.match().fields(NAME_FIELDS).matching(word).fuzzy(edits, Fuzziness.EXACT_PREFIX));
			any.should(f.match().fields(FUZZY_TITLE_FIELDS).matching(word).fuzzy(edits, Fuzziness.EXACT_PREFIX));
		}
		return any;
	}

	private PredicateFinalStep predicate(SearchPredicateFactory f, List<String> words) {
		String text = String.join(" ", words);
		var bool = f.bool();
		FIELD_WEIGHTS.forEach((field, weight) -> bool.should(f.match().field(field).matching(text).boost(weight)));
		for (String word : words) {
			int edits = Fuzziness.maxEdits(word);
			if (edits > 0) {
				bool.should(f.match().fields(NAME_FIELDS).matching(word).fuzzy(edits, Fuzziness.EXACT_PREFIX));
				bool.should(f.match().fields(FUZZY_TITLE_FIELDS).matching(word).fuzzy(edits, Fuzziness.EXACT_PREFIX));
			}
		}
		if (words.size() > 1) {
			bool.should(f.phrase().fields(TITLE_FIELDS).matching(text).slop(1).boost(PHRASE_BOOST));
		}
		// Every film and person is a result, also those without a page of their own yet (a hit names them as
		// plain text, Linkable's path being null): the whole award data set is searchable.
		return bool;
	}

	private SearchHit toHit(Scored scored, QueryTerms terms, Set<SearchKind> intents) {
		Object entity = scored.entity();
		SearchKind kind;
		String title;
		String url;
		List<Source> sources;
		if (entity instanceof Film film) {
			kind = SearchKind.FILM;
			title = film.getReleaseYear() == null ? film.getTitle()
					: film.getTitle() + " (" + film.getReleaseYear() + " film)";
			url = film.path();
			sources = List.of(Source.prose(film.getLead()), Source.prose(film.getPlot()),
					Source.prose(film.getReception()), Source.prose(film.getOriginalTitle()));
		}
		else if (entity instanceof Person person) {
			kind = SearchKind.PERSON;
			title = person.getName();
			url = person.path();
			sources = List.of(Source.prose(person.getSummary()), Source.name(person.getName()));
		}
		else if (entity instanceof Credit credit) {
			kind = SearchKind.CHARACTER;
			Film film = credit.getFilm();
			title = credit.getCharacterName();
			url = film.path() + "#cast";
			sources = List.of(Source.name(credit.getCharacterName() + ", played by " + credit.getPerson().getName()
					+ " in " + film.getTitle()));
		}
		else if (entity instanceof Novel novel) {
			kind = SearchKind.NOVEL;
			title = novel.getTitle() + ", novel by " + novel.getAuthor().getName()
					+ (novel.getPublishedYear() == null ? "" : " (" + novel.getPublishedYear() + ")");
			url = novel.path();
			sources = List.of(Source.prose(novel.getSummary()), Source.prose(novel.getBackground()),
					Source.name(novel.getAuthor().getName()));
		}
		else if (entity instanceof Song song) {
			kind = SearchKind.SONG;
			title = song.getTitle() + (song.getPerformer() == null ? ", song" : ", song by " + song.getPerformer().getName())
					+ (song.getReleaseYear() == null ? "" : " (" + song.getReleaseYear() + ")");
			url = song.path();
			sources = List.of(Source.prose(song.getSummary()), Source.prose(song.getAlbum()),
					Source.name(song.getPerformer() == null ? null : song.getPerformer().getName()));
		}
		else if (entity instanceof CeremonyCategory category) {
			kind = SearchKind.AWARD;
			var ceremony = category.getCeremony();
			title = category.getCategory().getName() + ", " + ceremony.getName() + " (" + ceremony.getCeremonyYear()
					+ ")";
			url = category.path();
			sources = List.of(Source.prose(category.getOfficialName()), Source.prose(title),
					Source.prose(ceremony.getAward().getName() + " (" + ceremony.getAward().getShortName() + ")"));
		}
		else if (entity instanceof CriticReview review) {
			kind = SearchKind.REVIEW;
			String critic = review.getCritic() == null ? null : review.getCritic().getName();
			title = review.getPublication().getName() + (critic == null ? "" : ", " + critic) + " on "
					+ review.getFilm().getTitle();
			url = review.path();
			sources = List.of(Source.prose(review.getQuote()), Source.name(review.getOriginalText()),
					Source.name(critic), Source.prose(review.getArticleTitle()),
					Source.name(review.getPublication().getName()));
		}
		else if (entity instanceof Trivia trivia) {
			kind = SearchKind.TRIVIA;
			title = trivia.getFilm().getTitle() + ": background";
			url = trivia.getFilm().path() + "#background";
			sources = List.of(Source.prose(trivia.getText()), Source.prose(trivia.getNote()));
		}
		else {
			throw new IllegalStateException("Not a searchable entity: " + entity.getClass());
		}
		float score = scored.score() * (intents.contains(kind) ? INTENT_BOOST : 1f);
		return new SearchHit(kind, title, url, highlighter.snippet(sources, terms), score);
	}

	private static List<SearchResults.Group> group(List<SearchHit> hits) {
		Map<SearchKind, List<SearchHit>> byKind = new EnumMap<>(SearchKind.class);
		for (SearchHit hit : hits) {
			byKind.computeIfAbsent(hit.kind(), k -> new ArrayList<>()).add(hit);
		}
		// Equal scores (films of the same words in their titles, say) in alphabetical order: the index's own order of
		// them depends on which thread indexed what, so a page would otherwise differ from one start to the next.
		Comparator<SearchHit> byScore = Comparator.comparingDouble(SearchHit::score)
			.reversed()
			.thenComparing(SearchHit::title)
			.thenComparing(SearchHit::url);
		List<SearchResults.Group> groups = new ArrayList<>();
		byKind.forEach((kind, list) -> {
			list.sort(byScore);
			groups.add(new SearchResults.Group(kind, List.copyOf(list)));
		});
		// Stable sort: groups whose best hits tie keep the order of SearchKind.
		groups.sort(Comparator.comparingDouble((SearchResults.Group g) -> g.hits().get(0).score()).reversed());
		return List.copyOf(groups);
	}

	static List<String> words(String query) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(query);
		while (matcher.find() && words.size() < MAX_WORDS) {
			words.add(matcher.group().toLowerCase(Locale.ROOT).replace('’', '\''));
		}
		return words;
	}

	private static boolean isStopWord(String word) {
		return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word) || QUESTION_WORDS.contains(word);
	}

	private static List<SearchKind> intentOf(String word) {
		List<SearchKind> kinds = new ArrayList<>();
		for (SearchKind kind : SearchKind.values()) {
			if (kind.isIntentWord(word)) {
				kinds.add(kind);
			}
		}
		return kinds;
	}

	private static Map<String, Float> fieldWeights() {
		Map<String, Float> weights = new LinkedHashMap<>();
		for (String title : List.of("title", "otherTitles", "name", "otherNames", "characterName", "category.name")) {
			weights.put(title, 4f);
		}
		for (String secondary : List.of("originalTitle", "album", "performer.name", "author.name", "critic.name",
				"publication.name", "articleTitle", "ceremony.name", "ceremony.award.name",
				"ceremony.award.shortName")) {
			weights.put(secondary, 2f);
		}
		for (String prose : List.of("lead", "plot", "reception", "summary", "background", "quote", "originalText",
				"text", "note")) {
			weights.put(prose, 1f);
		}
		return Map.copyOf(weights);
	}

	private static Analyzer analyzer(LuceneBackend backend, String name) {
		return backend.analyzer(name).orElseThrow(() -> new IllegalStateException("No analyzer " + name));
	}

	private record Scored(Object entity, float score) {
	}

}
