package org.filmref.award.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The JDBC plumbing of a load, on H2 and PostgreSQL alike: existing rows read once per table, a single value, the
 * next free id of a table, and new rows written in multi-row inserts ({@link Inserts}).
 */
final class Jdbc {

	private final Connection connection;

	Jdbc(Connection connection) {
		this.connection = connection;
	}

	interface RowHandler {

		void handle(ResultSet rs) throws SQLException;

	}

	void query(String sql, RowHandler handler) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				handler.handle(rs);
			}
		}
	}

	long single(String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			if (!rs.next()) {
				throw new IllegalStateException("No row for " + sql);
			}
			return rs.getLong(1);
		}
	}

	/** The id after the table's highest: ids are assigned in memory, before the rows are written. */
	long nextId(String table) throws SQLException {
		return single("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
	}

	void execute(String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	PreparedStatement prepare(String sql) throws SQLException {
		return connection.prepareStatement(sql);
	}

	/** Rows for one table; columns as "name:type", type one of long, int, text, bool. */
	Inserts inserts(String table, String... columns) {
		return new Inserts(connection, table, columns);
	}

	/**
	 * Rows for one table, written in multi-row INSERT statements of up to {@value #CHUNK} rows: on H2 each statement
	 * of a JDBC batch is still executed on its own, one statement per hundred rows is several times faster.
	 */
	static final class Inserts {

		private static final int CHUNK = 100;

		private final Connection connection;

		private final String table;

		private final String[] columns;

		private final int[] types;

		private final List<Object[]> rows = new ArrayList<>();

		private Inserts(Connection connection, String table, String... columns) {
			this.connection = connection;
			this.table = table;
			this.columns = new String[columns.length];
			this.types = new int[columns.length];
			for (int i = 0; i < columns.length; i++) {
				String[] column = columns[i].split(":");
				this.columns[i] = column[0];
				this.types[i] = switch (column[1]) {
					case "long" -> Types.BIGINT;
					case "int" -> Types.INTEGER;
					case "bool" -> Types.BOOLEAN;
					default -> Types.VARCHAR;
				};
			}
		}

		Object[] add(Object... values) {
			rows.add(values);
			return values;
		}

		void write() throws SQLException {
			int full = rows.size() / CHUNK;
			if (full > 0) {
				try (PreparedStatement insert = connection.prepareStatement(sql(CHUNK))) {
					for (int chunk = 0; chunk < full; chunk++) {
						bind(insert, chunk * CHUNK, CHUNK);
						insert.executeUpdate();
					}
				}
			}
			int rest = rows.size() % CHUNK;
			if (rest > 0) {
				try (PreparedStatement insert = connection.prepareStatement(sql(rest))) {
					bind(insert, full * CHUNK, rest);
					insert.executeUpdate();
				}
			}
		}

		private String sql(int count) {
			String row = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
			return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
					+ String.join(", ", Collections.nCopies(count, row));
		}

		private void bind(PreparedStatement insert, int from, int count) throws SQLException {
			int index = 1;
			for (int r = from; r < from + count; r++) {
				Object[] row = rows.get(r);
				for (int c = 0; c < columns.length; c++) {
					Object value = row[c];
					if (value == null) {
						insert.setNull(index++, types[c]);
					}
					else {
						switch (types[c]) {
							case Types.BIGINT -> insert.setLong(index++, (Long) value);
							case Types.INTEGER -> insert.setInt(index++, (Integer) value);
							case Types.BOOLEAN -> insert.setBoolean(index++, (Boolean) value);
							default -> insert.setString(index++, (String) value);
						}
					}
				}
			}
		}

	}

}
