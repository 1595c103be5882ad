package db.migration;

import org.filmref.award.data.AwardImporter;
import org.filmref.award.data.CategoryRules;
import org.filmref.award.data.DataFiles;
import org.filmref.award.data.GoldenGlobesFile;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The Golden Globe Awards for film, 1st to 77th ceremony: db/data/golden-globes/golden_globe_awards.csv (README
 * beside it), converted by {@link GoldenGlobesFile} by the category rules beside it and loaded by
 * {@link AwardImporter}. The checksum covers the conversion's version and every file read, so a database loaded by
 * a different file, rule or conversion is refused rather than left different from a new one.
 */
public class V13__GoldenGlobeAwardsData extends BaseJavaMigration {

	static final String FILE = "db/data/golden-globes/golden_globe_awards.csv";

	static final String RULES = "db/data/golden-globes/categories.tsv";

	static final String BODY = "db/data/golden-globes/award.properties";

	@Override
	public Integer getChecksum() {
		return DataFiles.checksum(GoldenGlobesFile.VERSION, FILE, RULES, BODY, AwardImporter.OVERRIDES);
	}

	@Override
	public void migrate(Context context) throws Exception {
		CategoryRules rules = CategoryRules.read(RULES);
		AwardImporter.load(context.getConnection(), AwardImporter.Body.read(BODY), FILE,
				GoldenGlobesFile.entries(FILE, rules), rules);
	}

}
