package org.filmref.novel;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.filmref.model.Analyzers;
import org.filmref.model.BaseEntity;
import org.filmref.person.Person;
import org.filmref.web.Link;
import org.filmref.web.Linkable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

/**
 * A novel that a film is based on.
 */
@Entity
@Indexed
@Table(name = "novel")
public class Novel extends BaseEntity implements Linkable {

	private String slug;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String title;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "author_id")
	@IndexedEmbedded(includePaths = "name")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Person author;

	private Integer publishedYear;

	private String publisher;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String summary;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String background;

	protected Novel() {
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public Person getAuthor() {
		return author;
	}

	public Integer getPublishedYear() {
		return publishedYear;
	}

	public String getPublisher() {
		return publisher;
	}

	public String getSummary() {
		return summary;
	}

	public String getBackground() {
		return background;
	}

	@Override
	public String path() {
		return path(slug);
	}

	public static String path(String slug) {
		return "/novels/" + slug;
	}

	@Override
	public Link link() {
		return new Link(title, path());
	}

}
