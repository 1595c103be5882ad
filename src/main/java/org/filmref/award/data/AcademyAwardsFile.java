package org.filmref.award.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Academy Awards data set (db/data/oscar-data/oscars.csv, DLu/oscar_data, BSD 2-Clause): one row per nomination,
 * tab-separated, UTF-8, a header row; trailing empty fields may be missing. Fields that hold several values separate
 * them with {@code |} in matching order (Nominees and NomineeIds; Film, FilmId and Detail).
 * <p>
 * The data set is written by Python's csv module with {@code doublequote=False, escapechar='\\'} (its
 * {@code utilities.py}): a quotation mark in a field is written {@code \"}, a backslash {@code \\}; no field is
 * quoted. The rows hold the text as meant: {@code To Walt Disney for the creation of "Mickey Mouse."}.
 */
public final class AcademyAwardsFile {

	/**
	 * The version of the conversion into {@link AwardEntry} rows. V10 loaded the file with this conversion and its
	 * checksum is the file's alone; a change to the conversion needs a new version and a new migration.
	 */
	public static final int VERSION = 1;

	private static final List<String> COLUMNS = List.of("Ceremony", "Year", "Class", "CanonicalCategory", "Category",
			"Film", "FilmId", "Name", "Nominees", "NomineeIds", "Winner", "Detail", "Note", "Citation");

	private AcademyAwardsFile() {
	}

	/**
	 * One nomination as the file gives it; empty fields are {@code null}, split fields are lists (empty when the
	 * field is).
	 */
	public record Row(int ceremony, String year, String categoryClass, String canonicalCategory, String category,
			List<String> films, List<String> filmIds, String name, List<String> nominees, List<String> nomineeIds,
			boolean won, String detail, List<String> details, String note, String citation) {

		/** The first year of the films honoured: 1927 for "1927/28". */
		public int firstYear() {
			return Integer.parseInt(year.substring(0, 4));
		}

		/** The last year of the films honoured: 1928 for "1927/28". */
		public int lastYear() {
			int slash = year.indexOf('/');
			if (slash < 0) {
				return firstYear();
			}
			String end = year.substring(slash + 1);
			return end.length() == 4 ? Integer.parseInt(end) : (firstYear() / 100) * 100 + Integer.parseInt(end);
		}

	}

	public static List<Row> read(String resource) {
		try (InputStream in = open(resource)) {
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static List<Row> read(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
		String header = reader.readLine();
		if (header == null || !Arrays.asList(header.split("\t", -1)).equals(COLUMNS)) {
			throw new IllegalStateException("Not the Academy Awards data set: expected the columns " + COLUMNS
					+ ", found " + header);
		}
		List<Row> rows = new ArrayList<>(13_000);
		String line;
		int number = 1;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isEmpty()) {
				continue;
			}
			String[] f = Arrays.copyOf(fields(line), COLUMNS.size());
			try {
				List<String> films = split(f[5]);
				List<String> filmIds = split(f[6]);
				List<String> nominees = split(f[8]);
				List<String> nomineeIds = split(f[9]);
				if (!filmIds.isEmpty() && filmIds.size() != films.size()) {
					throw new IllegalStateException("Film and FilmId differ in length");
				}
				if (!nomineeIds.isEmpty() && nomineeIds.size() != nominees.size()) {
					throw new IllegalStateException("Nominees and NomineeIds differ in length");
				}
				String detail = value(f[11]);
				List<String> details = films.size() > 1 ? split(f[11]) : List.of();
				rows.add(new Row(Integer.parseInt(f[0].trim()), f[1].trim(), value(f[2]), value(f[3]), value(f[4]),
						films, filmIds, value(f[7]), nominees, nomineeIds, "True".equals(value(f[10])), detail,
						details, value(f[12]), value(f[13])));
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("Line " + number + " of the Academy Awards data set: " + ex.getMessage(),
						ex);
			}
		}
		return rows;
	}

	/** The rows in the neutral form: the ceremony is held the year after the films honoured (1929 for 1927/28). */
	public static List<AwardEntry> entries(List<Row> rows) {
		List<AwardEntry> entries = new ArrayList<>(rows.size());
		for (Row row : rows) {
			List<AwardEntry.Credit> nominees = new ArrayList<>(row.nominees().size());
			for (int i = 0; i < row.nominees().size(); i++) {
				nominees.add(new AwardEntry.Credit(row.nominees().get(i),
						i < row.nomineeIds().size() ? row.nomineeIds().get(i) : null, true));
			}
			List<AwardEntry.Credit> films = new ArrayList<>(row.films().size());
			for (int i = 0; i < row.films().size(); i++) {
				films.add(new AwardEntry.Credit(row.films().get(i),
						i < row.filmIds().size() ? row.filmIds().get(i) : null, false));
			}
			entries.add(new AwardEntry(row.ceremony(), row.lastYear() + 1, row.year(), row.firstYear(),
					row.category(), row.canonicalCategory(), row.categoryClass(), nominees, films, row.won(), row.name(),
					row.films().size() > 1 ? null : row.detail(), row.details(), row.note(), row.citation()));
		}
		return entries;
	}

	/** The fields of a line, each with its escapes undone ({@code \"} is {@code "}). */
	static String[] fields(String line) {
		if (line.indexOf('\\') < 0) {
			return line.split("\t", -1);
		}
		List<String> fields = new ArrayList<>(COLUMNS.size());
		StringBuilder field = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\\' && i + 1 < line.length()) {
				field.append(line.charAt(++i));
			}
			else if (c == '\t') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields.toArray(String[]::new);
	}

	private static InputStream open(String resource) {
		InputStream in = AcademyAwardsFile.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("No resource " + resource + " on the class path");
		}
		return in;
	}

	private static String value(String field) {
		if (field == null) {
			return null;
		}
		String trimmed = field.trim();
		return trimmed.isEmpty() ? null : trimmed;
	}

	private static List<String> split(String field) {
		String value = value(field);
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split("\\|", -1)).map(String::trim).toList();
	}

}
