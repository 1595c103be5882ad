package org.filmref.award;

import java.util.ArrayList;
import java.util.List;

import org.filmref.web.SitemapPages;
import org.springframework.stereotype.Component;

/**
 * The award index, every award body, ceremony and category's history, the index of awards seasons and every season,
 * for the sitemap.
 */
@Component
class AwardSitemap implements SitemapPages {

	private final AwardRepository awards;

	AwardSitemap(AwardRepository awards) {
		this.awards = awards;
	}

	@Override
	public List<String> sitemapPaths() {
		List<String> paths = new ArrayList<>(List.of("/awards"));
		awards.findAllInOrder().forEach(award -> paths.add(award.path()));
		awards.findAllCeremonies().forEach(ceremony -> paths.add(ceremony.path()));
		awards.findCategoriesWithHistory().forEach(category -> paths.add(category.historyPath()));
		paths.add(AwardSeasonIndex.PATH);
		awards.findFilmYears().forEach(year -> paths.add(AwardSeason.path(year)));
		return paths;
	}

}
