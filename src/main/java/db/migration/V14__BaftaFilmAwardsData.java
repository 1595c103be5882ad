package db.migration;

import org.filmref.award.data.AwardImporter;
import org.filmref.award.data.CategoryRules;
import org.filmref.award.data.DataFiles;
import org.filmref.award.data.BaftaFile;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The BAFTA film awards of the 54 ceremonies the data set holds (1949–1996, 2001, 2016–2020): db/data/bafta/bafta_films.csv (README
 * beside it), converted by {@link BaftaFile} by the category rules and reviewed corrections beside it and loaded by
 * {@link AwardImporter}. The checksum covers the conversion's version and every file read, so a database loaded by
 * a different file, rule or conversion is refused rather than left different from a new one.
 */
public class V14__BaftaFilmAwardsData extends BaseJavaMigration {

	static final String FILE = "db/data/bafta/bafta_films.csv";

	static final String RULES = "db/data/bafta/categories.tsv";

	static final String BODY = "db/data/bafta/award.properties";

	@Override
	public Integer getChecksum() {
		return DataFiles.checksum(BaftaFile.VERSION, FILE, RULES, BODY, BaftaFile.CORRECTIONS, AwardImporter.OVERRIDES);
	}

	@Override
	public void migrate(Context context) throws Exception {
		CategoryRules rules = CategoryRules.read(RULES);
		AwardImporter.load(context.getConnection(), AwardImporter.Body.read(BODY), FILE,
				BaftaFile.entries(FILE, rules), rules);
	}

}
