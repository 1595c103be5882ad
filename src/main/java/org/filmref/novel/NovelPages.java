package org.filmref.novel;

import java.util.List;
import java.util.Optional;

import org.filmref.film.Film;
import org.filmref.novel.NovelPage.Adaptation;
import org.filmref.novel.NovelPage.TitleSong;
import org.filmref.person.Person;
import org.filmref.reference.Citations;
import org.filmref.reference.FactRepository;
import org.filmref.reference.FactView;
import org.filmref.web.Link;
import org.filmref.web.Paths;
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

	private final Site site;

	NovelPages(NovelRepository novels, FactRepository facts, Site site) {
		this.site = site;
		this.novels = novels;
		this.facts = facts;
	}

	@Cacheable(cacheNames = "novelPages", unless = "#result == null")
	@Transactional(readOnly = true)
	public Optional<NovelPage> find(String slug) {
		return novels.findPageBySlug(slug).map(this::assemble);
	}

	private NovelPage assemble(Novel novel) {
		Citations citations = new Citations();
		Person author = novel.getAuthor();
		List<FactView> novelFacts = facts.findByNovel(novel).stream().map(fact -> FactView.of(fact, citations)).toList();
		List<FactView> authorFacts = facts.findByPerson(author)
			.stream()
			.map(fact -> FactView.of(fact, citations))
			.toList();
		List<Film> adaptedAs = novels.findAdaptationsOf(novel);
		List<Adaptation> adaptations = adaptedAs.stream()
			.map(film -> new Adaptation(Paths.filmLink(film), film.getReleaseYear()))
			.toList();
		List<TitleSong> songs = novels.findSongsTitledAfter(novel)
			.stream()
			.map(song -> new TitleSong(new Link(song.getTitle(), Paths.song(song)),
					song.getPerformer() != null ? Paths.personLink(song.getPerformer()) : null,
					song.getReleaseYear()))
			.toList();
		return new NovelPage(novel.getSlug(), novel.getTitle(), Paths.personLink(author), years(author),
				novel.getPublishedYear(), novel.getPublisher(), novel.getSummary(), novel.getBackground(), novelFacts,
				authorFacts, adaptations, songs, citations.references(),
				NovelStructuredData.meta(novel, adaptedAs, site));
	}

	private static String years(Person person) {
		if (person.getBirthDate() == null || person.getDeathDate() == null) {
			return null;
		}
		return person.getBirthDate().getYear() + "–" + person.getDeathDate().getYear();
	}

}
