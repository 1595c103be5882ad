package db.migration;

import org.filmref.award.data.AcademyAwardsFile;
import org.filmref.award.data.AcademyAwardsLoader;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every Academy Award nomination, 1st to 98th ceremony: the data set db/data/oscar-data/oscars.csv (DLu/oscar_data at
 * c5e9716, BSD 2-Clause, LICENSE beside it), loaded by {@link AcademyAwardsLoader}. The next ceremony is a new file
 * beside this one and a new migration like this one naming it; this file is never edited (its checksum is the
 * file's, so Flyway refuses a changed file).
 * <p>
 * Flyway finds this class by scanning {@code classpath:db/migration}; it only delegates, the loading code lives in the
 * award feature.
 */
public class V10__AcademyAwardsData extends BaseJavaMigration {

	static final String FILE = "db/data/oscar-data/oscars.csv";

	@Override
	public Integer getChecksum() {
		return AcademyAwardsFile.checksum(FILE);
	}

	@Override
	public void migrate(Context context) throws Exception {
		AcademyAwardsLoader.load(context.getConnection(), FILE);
	}

}
