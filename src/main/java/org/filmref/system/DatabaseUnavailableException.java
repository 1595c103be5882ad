package org.filmref.system;

import java.sql.SQLTransientConnectionException;

/**
 * A connection refused without trying, because the database failed moments ago ({@link FailFastDataSource}).
 * SQLSTATE 08001, a connection exception, so that JDBC and JPA code treats it as any other: the page answers 503.
 */
class DatabaseUnavailableException extends SQLTransientConnectionException {

	DatabaseUnavailableException(String detail) {
		super("The database is unavailable (" + detail + ")", "08001");
	}

}
