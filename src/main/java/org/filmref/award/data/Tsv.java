package org.filmref.award.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The reviewed tables kept beside the data files (a body's category rules, the matching overrides, BAFTA's
 * corrections): UTF-8, tab-separated, a header row that must be the one expected, blank lines and lines starting
 * with {@code #} (comments) skipped.
 */
final class Tsv {

	private Tsv() {
	}

	/** The rows of the table, each split at every tab (empty fields kept). */
	static List<String[]> read(String resource, String header) {
		try (InputStream in = DataFiles.open(resource)) {
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String first = reader.readLine();
			if (!header.equals(first)) {
				throw new IllegalStateException(resource + ": unexpected header " + first);
			}
			List<String[]> rows = new ArrayList<>();
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t", -1));
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
