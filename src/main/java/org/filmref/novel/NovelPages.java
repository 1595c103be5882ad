package org.filmref.novel;

import java.util.List;
import java.util.Optional;

import org.filmref.novel.NovelPage.Adaptation;
import org.filmref.novel.NovelPage.TitleSong;
import org.filmref.person.Person;
import org.filmref.reference.Citations;
import org.filmref.reference.FactRepository;
import org.filmref.reference.FactView;
import org.filmref.web.Site;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a {@link NovelPage} from five statements (novel with author, novel facts, author facts, adaptations,
 * songs) and caches it.
 */
@Service
public class NovelPages {

	private final NovelRepository novels;

	private final FactRepository facts;

	private final NovelAdaptations adaptations;

	private final NovelSongs songs;

	private final Site site;

	NovelPages(NovelRepository novels, FactRepository facts, NovelAdaptations adaptations, NovelSongs songs,
			Site site) {
		this.novels = novels;
		this.facts = facts;
		this.adaptations = adaptations;
		this.songs = songs;
		this.site = site;
	}

	@Cacheable(cacheNames = "novelPages", unless = "#result == null")
	@Transactional(readOnly = true)
	public Optional<NovelPage> find(String slug) {
		return novels.findPageBySlug(slug).map(this::assemble);
	}

	private NovelPage assemble(Novel novel) {
		Citations citations = new Citations();
		Person author = novel.getAuthor();
		List<FactView> novelFacts = facts.findByNovelId(novel.getId())
			.stream()
			.map(fact -> FactView.of(fact, citations))
			.toList();
		List<FactView> authorFacts = facts.findByPersonId(author.getId())
			.stream()
			.map(fact -> FactView.of(fact, citations))
			.toList();
		List<Adaptation> adaptedAs = adaptations.of(novel);
		List<TitleSong> titleSongs = songs.titledAfter(novel);
		return new NovelPage(novel.getSlug(), novel.getTitle(), author.link(), years(author),
				novel.getPublishedYear(), novel.getPublisher(), novel.getSummary(), novel.getBackground(), novelFacts,
				authorFacts, adaptedAs, titleSongs, citations.references(),
				NovelStructuredData.meta(novel, adaptedAs, site));
	}

	private static String years(Person person) {
		if (person.getBirthDate() == null || person.getDeathDate() == null) {
			return null;
		}
		return person.getBirthDate().getYear() + "–" + person.getDeathDate().getYear();
	}

}
