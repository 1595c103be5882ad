package org.filmref.song;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.filmref.model.BaseEntity;
import org.filmref.reference.Reference;

/**
 * A song's peak position on one chart.
 */
@Entity
@Table(name = "chart_position")
public class ChartPosition extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "song_id")
	private Song song;

	private String chart;

	private int peak;

	private Integer chartYear;

	private int position;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "reference_id")
	private Reference reference;

	protected ChartPosition() {
	}

	public Song getSong() {
		return song;
	}

	public String getChart() {
		return chart;
	}

	public int getPeak() {
		return peak;
	}

	public Integer getChartYear() {
		return chartYear;
	}

	public int getPosition() {
		return position;
	}

	public Reference getReference() {
		return reference;
	}

}
