package org.filmref.song;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.filmref.novel.Novel;
import org.filmref.novel.NovelAdaptations;
import org.filmref.person.Person;
import org.filmref.reference.Citations;
import org.filmref.reference.Fact;
import org.filmref.reference.FactRepository;
import org.filmref.song.SongPage.ChartRow;
import org.filmref.song.SongPage.FactItem;
import org.filmref.song.SongPage.InfoboxRow;
import org.filmref.song.SongPage.NovelSource;
import org.filmref.web.Link;
import org.filmref.web.Site;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a {@link SongPage} in four statements (song with performer, writers and novel; chart positions; facts;
 * films on the same novel) and caches it, since content only changes with a deployment.
 */
@Service
public class SongPages {

	private final SongRepository songs;

	private final NovelAdaptations adaptations;

	private final FactRepository facts;

	private final Site site;

	SongPages(SongRepository songs, NovelAdaptations adaptations, FactRepository facts, Site site) {
		this.songs = songs;
		this.adaptations = adaptations;
		this.facts = facts;
		this.site = site;
	}

	@Cacheable("songPages")
	@Transactional(readOnly = true)
	public Optional<SongPage> find(String slug) {
		return songs.findPageBySlug(slug).map(this::assemble);
	}

	private SongPage assemble(Song song) {
		// Built in reading order (infobox, charts, facts) so that references are numbered as the reader meets them.
		Citations citations = new Citations();
		List<Fact> songFacts = facts.findBySongId(song.getId());
		Link performer = song.getPerformer() == null ? null : song.getPerformer().link();
		Novel novel = song.getNovel();
		NovelSource novelSource = novel == null ? null
				: new NovelSource(novel.link(), novel.getAuthor().link(),
						novel.getPublishedYear());

		List<InfoboxRow> infobox = new ArrayList<>();
		if (performer != null) {
			infobox.add(row("Performed by", List.of(performer), songFacts, citations));
		}
		if (song.getAlbum() != null) {
			String album = song.getAlbum() + (song.getLabel() == null ? "" : " (" + song.getLabel() + ")");
			infobox.add(row("Album", List.of(Link.plain(album)), songFacts, citations));
		}
		if (song.getReleaseYear() != null) {
			infobox.add(row("Single release", List.of(Link.plain(song.getReleaseYear().toString())), songFacts,
					citations));
		}
		if (song.getLengthSeconds() != null) {
			infobox.add(row("Length", List.of(Link.plain(length(song.getLengthSeconds()))), songFacts, citations));
		}
		if (!song.getWriters().isEmpty()) {
			infobox.add(row("Songwriters", song.getWriters().stream().map(Person::link).toList(), songFacts,
					citations));
		}
		find(songFacts, "Producer").ifPresent(
				producer -> infobox.add(row("Producer", List.of(Link.plain(producer.getContent())), songFacts, citations)));
		if (novelSource != null) {
			infobox.add(new InfoboxRow("Title from",
					List.of(new Link(novel.getTitle() + " (novel, " + novel.getPublishedYear() + ")", novel.path()),
							novelSource.author()),
					List.of(), null));
		}

		List<ChartRow> charts = songs.findChartPositions(song)
			.stream()
			.map(c -> new ChartRow(c.getChart(), c.getPeak(), c.getChartYear(), citations.citeIfPresent(c.getReference())))
			.toList();
		List<FactItem> factItems = songFacts.stream()
			.map(f -> new FactItem(f.getLabel(), f.getContent(), f.getNote(), citations.cite(f.getReferences())))
			.toList();
		List<Link> films = novel == null ? List.of()
				: adaptations.of(novel)
					.stream()
					.filter(adaptation -> adaptation.film().linked())
					.map(adaptation -> new Link(adaptation.film().label() + " (" + adaptation.year() + " film)",
							adaptation.film().href()))
					.toList();
		return new SongPage(song.getSlug(), song.getTitle(), performer, song.getSummary(), infobox, charts,
				novelSource, films, factItems, citations.references(), SongStructuredData.meta(song, site));
	}

	/** An infobox row citing the sources, and carrying the note, of the song's fact with the same label. */
	private static InfoboxRow row(String label, List<Link> values, List<Fact> facts, Citations citations) {
		Optional<Fact> fact = find(facts, label);
		return new InfoboxRow(label, values, fact.map(f -> citations.cite(f.getReferences())).orElse(List.of()),
				fact.map(Fact::getNote).orElse(null));
	}

	private static Optional<Fact> find(List<Fact> facts, String label) {
		return facts.stream().filter(f -> f.getLabel().equalsIgnoreCase(label)).findFirst();
	}

	static String length(int seconds) {
		return seconds / 60 + ":" + String.format("%02d", seconds % 60);
	}

}
