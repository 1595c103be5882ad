package org.filmref.award.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The reviewed corrections of a data file's cells, kept beside it so the file itself stays byte for byte as
 * published: tab-separated, a header row ({@code year written read note evidence}), {@code #} starts a comment. A
 * correction names the ceremony's year and a cell exactly as the file writes it, and says how it is read; the
 * evidence column says what shows the file wrong. Where the sources here show a cell doubtful but not what it
 * should read, the cell is read as written and the note, shown with the nomination, says the doubt (the record gets
 * it as one more field). A correction that matches no cell, or more than one, fails the load, so a new version of the
 * file cannot silently leave one unapplied or apply one twice.
 */
final class Corrections {

	private record Correction(String year, String written, String read, String note) {
	}

	private final String resource;

	private final List<Correction> corrections;

	private Corrections(String resource, List<Correction> corrections) {
		this.resource = resource;
		this.corrections = corrections;
	}

	static Corrections read(String resource) {
		List<Correction> corrections = new ArrayList<>();
		for (String[] f : Tsv.read(resource, "year\twritten\tread\tnote\tevidence")) {
			if (f.length != 5 || f[4].isBlank() || (f[1].equals(f[2]) && f[3].isBlank())) {
				throw new IllegalStateException(resource
						+ ": not five fields with the evidence, and a note where the cell stays: " + String.join("\t", f));
			}
			corrections.add(new Correction(f[0].trim(), f[1], f[2], f[3].isBlank() ? null : f[3]));
		}
		return new Corrections(resource, corrections);
	}

	/**
	 * The records with the corrections applied; the year is each record's first field. A record a correction with a
	 * note meets gets the note as its last field, after the file's {@code width} columns.
	 */
	List<List<String>> apply(List<List<String>> records, int width) {
		List<List<String>> corrected = new ArrayList<>(records);
		for (Correction correction : corrections) {
			int found = 0;
			for (int r = 0; r < corrected.size(); r++) {
				List<String> record = corrected.get(r);
				if (!record.get(0).trim().equals(correction.year())) {
					continue;
				}
				for (int c = 1; c < record.size(); c++) {
					if (record.get(c).trim().equals(correction.written())) {
						List<String> copy = new ArrayList<>(record);
						copy.set(c, correction.read());
						if (correction.note() != null) {
							copy.add(width, correction.note());
						}
						corrected.set(r, copy);
						record = copy;
						found++;
					}
				}
			}
			if (found != 1) {
				throw new IllegalStateException(resource + ": " + found + " cells of " + correction.year() + " read \""
						+ correction.written() + "\", expected one");
			}
		}
		return corrected;
	}

}
