package org.filmref.award.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Class-path data files and the checksums that tie a migration to what it loads. */
public final class DataFiles {

	private DataFiles() {
	}

	public static InputStream open(String resource) {
		InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("No resource " + resource + " on the class path");
		}
		return in;
	}

	/** A checksum of one file's bytes alone (what V10, the first data migration, recorded). */
	public static int checksum(String resource) {
		CRC32 crc = new CRC32();
		update(crc, resource);
		return (int) crc.getValue();
	}

	/**
	 * A checksum of everything that decides what a migration loads: the converter's version, the version of the
	 * importer's rules for matching names ({@link AwardImporter#MATCHING}) and the bytes of each
	 * file it reads (the data file, its category rules, the overrides). Flyway refuses to start on a database
	 * migrated with a different checksum, so a database can never silently differ from a new one.
	 */
	public static int checksum(int converterVersion, String... resources) {
		CRC32 crc = new CRC32();
		crc.update(("converter " + converterVersion + " matching " + AwardImporter.MATCHING)
			.getBytes(StandardCharsets.US_ASCII));
		for (String resource : resources) {
			update(crc, resource);
		}
		return (int) crc.getValue();
	}

	private static void update(CRC32 crc, String resource) {
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = open(resource)) {
			int n;
			while ((n = in.read(buffer)) > 0) {
				crc.update(buffer, 0, n);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
