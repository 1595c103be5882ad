package org.filmref.award.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Comma-separated files as the Kaggle award data sets write them: RFC 4180 quoting, UTF-8, a header row. */
final class Csv {

	private Csv() {
	}

	/** The records after the header, which must be {@code header}. */
	static List<List<String>> read(String resource, String header) {
		try (InputStream in = DataFiles.open(resource)) {
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
			String first = reader.readLine();
			if (first != null && first.startsWith("\uFEFF")) {
				first = first.substring(1);
			}
			if (!header.equals(first)) {
				throw new IllegalStateException(resource + ": expected the header " + header + ", found " + first);
			}
			List<List<String>> records = new ArrayList<>();
			List<String> record = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			int c;
			boolean any = false;
			while ((c = reader.read()) >= 0) {
				any = true;
				if (quoted) {
					if (c == '"') {
						reader.mark(1);
						int next = reader.read();
						if (next == '"') {
							field.append('"');
						}
						else {
							quoted = false;
							if (next >= 0) {
								reader.reset();
							}
						}
					}
					else {
						field.append((char) c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					record.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\n') {
					record.add(field.toString());
					field.setLength(0);
					records.add(record);
					record = new ArrayList<>();
					any = false;
				}
				else if (c != '\r') {
					field.append((char) c);
				}
			}
			if (any) {
				record.add(field.toString());
				records.add(record);
			}
			return records;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
