package org.filmref.award;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.filmref.model.BaseEntity;
import org.filmref.web.Link;
import org.filmref.web.Linkable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

/**
 * A category as presented at one ceremony: its place in the programme, its official name that year, and whether
 * the site knows its field of nominees in full.
 */
@Entity
@Indexed
@Table(name = "ceremony_category")
public class CeremonyCategory extends BaseEntity implements Linkable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "ceremony_id")
	@IndexedEmbedded(includePaths = { "name", "award.name", "award.shortName" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Ceremony ceremony;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "category_id")
	@IndexedEmbedded(includePaths = "name")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private AwardCategory category;

	private int position;

	private String officialName;

	private boolean fieldComplete;

	private String note;

	protected CeremonyCategory() {
	}

	public Ceremony getCeremony() {
		return ceremony;
	}

	public AwardCategory getCategory() {
		return category;
	}

	public int getPosition() {
		return position;
	}

	public String getOfficialName() {
		return officialName;
	}

	public boolean isFieldComplete() {
		return fieldComplete;
	}

	public String getNote() {
		return note;
	}

	/** A category at a ceremony: the ceremony page, at the category's anchor. */
	@Override
	public String path() {
		return ceremony.path() + "#" + category.getSlug();
	}

	@Override
	public Link link() {
		return new Link(category.getName(), path());
	}

}
