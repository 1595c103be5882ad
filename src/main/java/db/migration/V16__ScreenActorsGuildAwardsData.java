package db.migration;

import org.filmref.award.data.AwardImporter;
import org.filmref.award.data.CategoryRules;
import org.filmref.award.data.DataFiles;
import org.filmref.award.data.ScreenActorsGuildFile;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The Screen Actors Guild Awards for film, 1st to 26th ceremony: db/data/sag/screen_actor_guild_awards.csv (README
 * beside it), converted by {@link ScreenActorsGuildFile} by the category rules beside it and loaded by
 * {@link AwardImporter}. The checksum covers the conversion's version and every file read, so a database loaded by
 * a different file, rule or conversion is refused rather than left different from a new one.
 */
public class V16__ScreenActorsGuildAwardsData extends BaseJavaMigration {

	static final String FILE = "db/data/sag/screen_actor_guild_awards.csv";

	static final String RULES = "db/data/sag/categories.tsv";

	static final String BODY = "db/data/sag/award.properties";

	@Override
	public Integer getChecksum() {
		return DataFiles.checksum(ScreenActorsGuildFile.VERSION, FILE, RULES, BODY, AwardImporter.OVERRIDES);
	}

	@Override
	public void migrate(Context context) throws Exception {
		CategoryRules rules = CategoryRules.read(RULES);
		AwardImporter.load(context.getConnection(), AwardImporter.Body.read(BODY), FILE,
				ScreenActorsGuildFile.entries(FILE, rules), rules);
	}

}
