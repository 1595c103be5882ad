package org.filmref.award;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.filmref.model.Analyzers;
import org.filmref.model.BaseEntity;
import org.filmref.web.Link;
import org.filmref.web.Linkable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/**
 * An award body, such as the Academy Awards.
 */
@Entity
@Table(name = "award")
public class Award extends BaseEntity implements Linkable {

	private String slug;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String name;

	@FullTextField(analyzer = Analyzers.ENGLISH)
	private String shortName;

	private String presenter;

	private String description;

	private int position;

	/** How many ceremonies the body has held up to the latest the site knows of (2026); null where not known. */
	private Integer editionsHeld;

	/** The year of its 1st ceremony, from which a missing edition's year is told. */
	private Integer firstHeld;

	/** The first edition shown with its number, held the year after {@code firstHeld}; null: every edition. */
	private Integer numberedFrom;

	/** How the body's ceremonies are numbered, where that needs saying on its page; or null. */
	private String editionNote;

	private String dataSet;

	private String dataSetUrl;

	private String dataLicence;

	private String dataLicenceUrl;

	private String dataOrigin;

	private String dataOriginUrl;

	private String dataScope;

	protected Award() {
	}

	public Integer getEditionsHeld() {
		return editionsHeld;
	}

	public Integer getFirstHeld() {
		return firstHeld;
	}

	/**
	 * Whether an edition's number can be shown: the BAFTA film awards' 1st and 2nd ceremonies were both held in 1949
	 * and are shown by their year.
	 */
	public boolean isNumbered(int edition) {
		return numberedFrom == null || edition >= numberedFrom;
	}

	/** The year an edition was held, told from the 1st's year, one ceremony a year from the first numbered one. */
	public Integer yearOf(int edition) {
		if (firstHeld == null) {
			return null;
		}
		if (numberedFrom == null) {
			return firstHeld + edition - 1;
		}
		return edition < numberedFrom ? firstHeld : firstHeld + edition - numberedFrom + 1;
	}

	/** The first edition shown with its number (1 where every edition is). */
	public int getNumberedFrom() {
		return numberedFrom == null ? 1 : numberedFrom;
	}

	public String getEditionNote() {
		return editionNote;
	}

	/** What the site's data of this body covers and leaves out, or null. */
	public String getDataScope() {
		return dataScope;
	}

	/** The data set this body's nominations are loaded from, to be credited; null for curated ceremonies only. */
	public DataCredit credit() {
		return dataSet == null ? null
				: new DataCredit(name, dataSet, dataSetUrl, dataLicence, dataLicenceUrl, dataOrigin, dataOriginUrl);
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getShortName() {
		return shortName;
	}

	public String getPresenter() {
		return presenter;
	}

	public String getDescription() {
		return description;
	}

	public int getPosition() {
		return position;
	}

	@Override
	public String path() {
		return path(slug);
	}

	public static String path(String slug) {
		return "/awards/" + slug;
	}

	@Override
	public Link link() {
		return new Link(name, path());
	}

}
