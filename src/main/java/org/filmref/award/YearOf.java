package org.filmref.award;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A film's or person's id with a film year of their nominations. */
record YearOf(Long id, Integer year) {

	/** The earliest year of each id. */
	static Map<Long, Integer> earliest(List<YearOf> years) {
		Map<Long, Integer> earliest = new TreeMap<>();
		years.stream().filter(y -> y.year() != null).forEach(y -> earliest.merge(y.id(), y.year(), Math::min));
		return earliest;
	}

}
