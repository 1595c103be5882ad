package org.filmref.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.filmref.model.Analyzers;
import org.filmref.model.BaseEntity;
import org.filmref.reference.Reference;
import org.filmref.web.Link;
import org.filmref.web.Linkable;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

/**
 * One edition of an award, e.g. the 68th Academy Awards, held in 1996 for the films of 1995.
 */
@Entity
@Table(name = "ceremony")
public class Ceremony extends BaseEntity implements Linkable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "award_id")
	@IndexedEmbedded
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Award award;

	private int edition;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String name;

	private int ceremonyYear;

	private Integer filmYear;

	/** The year(s) of the films honoured as the Academy writes them: "1995", "1927/28". */
	private String filmYears;

	private LocalDate heldOn;

	private LocalDate nominationsOn;

	private String venue;

	private String host;

	private String broadcaster;

	private String note;

	@ManyToMany
	@JoinTable(name = "ceremony_reference", joinColumns = @JoinColumn(name = "ceremony_id"),
			inverseJoinColumns = @JoinColumn(name = "reference_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<Reference> references = new ArrayList<>();

	protected Ceremony() {
	}

	public Award getAward() {
		return award;
	}

	public int getEdition() {
		return edition;
	}

	public String getName() {
		return name;
	}

	public int getCeremonyYear() {
		return ceremonyYear;
	}

	public Integer getFilmYear() {
		return filmYear;
	}

	public String getFilmYears() {
		return filmYears;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public LocalDate getNominationsOn() {
		return nominationsOn;
	}

	public String getVenue() {
		return venue;
	}

	public String getHost() {
		return host;
	}

	public String getBroadcaster() {
		return broadcaster;
	}

	public String getNote() {
		return note;
	}

	public List<Reference> getReferences() {
		return references;
	}

	/** A ceremony is addressed by the year it was held: {@code /awards/academy-awards/1996}. */
	@Override
	public String path() {
		return path(award.getSlug(), ceremonyYear);
	}

	public static String path(String awardSlug, int year) {
		return Award.path(awardSlug) + "/" + year;
	}

	@Override
	public Link link() {
		return new Link(name, path());
	}

}
