package db.migration;

import org.filmref.award.data.AcademyAwardsFile;
import org.filmref.award.data.AwardImporter;
import org.filmref.award.data.DataFiles;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every Academy Award nomination, 1st to 98th ceremony: the data set db/data/oscar-data/oscars.csv (DLu/oscar_data at
 * c5e9716, BSD 2-Clause, LICENSE beside it), converted by {@link AcademyAwardsFile} and loaded by
 * {@link AwardImporter} as award.properties beside it says. The next file is a new migration like this one naming it.
 * <p>
 * This migration's checksum is the file's bytes alone, as databases migrated by it recorded it; it loads with
 * version {@value AcademyAwardsFile#VERSION} of the conversion, which a test holds it to, so that a changed
 * conversion comes with a new migration (whose checksum covers the conversion's version and every file it reads).
 */
public class V10__AcademyAwardsData extends BaseJavaMigration {

	static final String FILE = "db/data/oscar-data/oscars.csv";

	static final String BODY = "db/data/oscar-data/award.properties";

	/** The version of the conversion this migration loads with. */
	public static final int CONVERTER_VERSION = 1;

	@Override
	public Integer getChecksum() {
		return DataFiles.checksum(FILE);
	}

	@Override
	public void migrate(Context context) throws Exception {
		if (AcademyAwardsFile.VERSION != CONVERTER_VERSION) {
			throw new IllegalStateException("oscars.csv's conversion changed: load it by a new migration");
		}
		AwardImporter.load(context.getConnection(), AwardImporter.Body.read(BODY), FILE,
				AcademyAwardsFile.entries(AcademyAwardsFile.read(FILE)), null);
	}

}
