package org.filmref.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's {@link DataSource} (the connection pool) with a memory of the database's outages: once a
 * connection could not be had because the database failed, requests for one are refused at once with
 * {@link DatabaseUnavailableException} (the page answers 503 with {@code Retry-After}), except one at a time, which
 * goes to the pool as a probe, until a probe gets a connection that answers: that ends the outage.
 *
 * <p>
 * Without it, every request that needs the database during an outage waits the pool's whole connection timeout,
 * as many at a time as renders are admitted, and the requests queued behind them wait for all of those: under load,
 * a 503 took longer than a reader waits, and the last ones came long after the database was back. The refusal does
 * not end after some quiet time either: readers who arrive together after a pause in the traffic would otherwise all
 * go to the pool at once, and each wait its whole timeout.
 *
 * <p>
 * Only failures of the database count (the pool's timeout caused by a failed connection attempt, a connection
 * error by its SQLSTATE, or a request that failed on a pooled connection: {@link DatabaseUnavailableResolver}
 * reports those through {@link #connectionLost}): a pool that is merely busy does not make the site refuse readers.
 */
class FailFastDataSource extends DelegatingDataSource {

	private static final Log logger = LogFactory.getLog(FailFastDataSource.class);

	private static final int VALIDATION_TIMEOUT_SECONDS = 1;

	private final LongSupplier nanoTime;

	/** {@link #nanoTime} of the last connection failure, for the refusals' messages. */
	private volatile long failedAt;

	private volatile boolean down;

	/** When the current outage began, for its log line. */
	private volatile long downSince;

	/** A request for a connection is going to the pool while the database is known to be down. */
	private final AtomicBoolean probing = new AtomicBoolean();

	FailFastDataSource(DataSource pool) {
		this(pool, System::nanoTime);
	}

	FailFastDataSource(DataSource pool, LongSupplier nanoTime) {
		super(pool);
		this.nanoTime = nanoTime;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connect(() -> obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connect(() -> obtainTargetDataSource().getConnection(username, password));
	}

	/** True while requests for a connection are refused without trying (all but the probe). */
	boolean knownDown() {
		return this.down;
	}

	private Connection connect(ConnectionRequest request) throws SQLException {
		if (!this.down) {
			return attempt(request);
		}
		if (!this.probing.compareAndSet(false, true)) {
			throw new DatabaseUnavailableException(
					(this.nanoTime.getAsLong() - this.failedAt) / 1_000_000 + " ms after a connection failed");
		}
		try {
			return attempt(request);
		}
		finally {
			this.probing.set(false);
		}
	}

	private Connection attempt(ConnectionRequest request) throws SQLException {
		Connection connection;
		try {
			connection = request.get();
		}
		catch (SQLException ex) {
			if (isDatabaseFailure(ex)) {
				failed(ex);
			}
			throw ex;
		}
		if (this.down) {
			if (!answers(connection)) {
				discard(connection);
				DatabaseUnavailableException ex = new DatabaseUnavailableException(
						"the pool's connection was opened before the outage and no longer answers");
				failed(ex);
				throw ex;
			}
			recovered();
		}
		return connection;
	}

	/**
	 * The probe's connection reaches the database. HikariCP hands out a connection used in the last 500 ms without
	 * checking it, and one opened before the outage is dead: taken for the database's return, it would let every
	 * reader go to the pool and wait its whole timeout.
	 */
	private static boolean answers(Connection connection) {
		try {
			return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/** Takes a dead connection out of the pool, so that the next probe gets a new one. */
	private void discard(Connection connection) {
		try {
			DataSource pool = obtainTargetDataSource();
			if (pool.isWrapperFor(HikariDataSource.class)) {
				pool.unwrap(HikariDataSource.class).evictConnection(connection);
			}
			else {
				connection.close();
			}
		}
		catch (SQLException | RuntimeException ex) {
			logger.debug("Could not discard a dead connection", ex);
		}
	}

	/**
	 * A connection the pool had handed out failed by the database (a statement on it, or its rollback): the same
	 * news as a failed connection attempt, and often the first of an outage, since the pool's idle connections
	 * are the first to meet a database that went away.
	 */
	void connectionLost(Throwable ex) {
		failed(ex);
	}

	private void failed(Throwable ex) {
		long now = this.nanoTime.getAsLong();
		this.failedAt = now;
		if (!this.down) {
			this.downSince = now;
			this.down = true;
			logger.warn("Database unavailable (" + ex.getMessage() + "): until a connection is had again, what "
					+ "needs the database answers 503 at once, one request at a time tries the database");
		}
	}

	private void recovered() {
		this.down = false;
		logger.info("Database available again after " + (this.nanoTime.getAsLong() - this.downSince) / 1_000_000
				+ " ms");
	}

	/**
	 * The database, not the pool's own state, failed: the pool's timeout with the last connection attempt's failure
	 * as its cause (HikariCP gives none when all connections are merely in use), or a connection-class SQLSTATE (08,
	 * or 57P: the server shutting down or starting up).
	 */
	static boolean isDatabaseFailure(SQLException ex) {
		String state = ex.getSQLState();
		return ex.getCause() != null || (state != null && (state.startsWith("08") || state.startsWith("57P")));
	}

	@FunctionalInterface
	private interface ConnectionRequest {

		Connection get() throws SQLException;

	}

}
