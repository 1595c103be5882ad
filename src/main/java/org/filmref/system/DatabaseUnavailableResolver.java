package org.filmref.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.filmref.web.UnavailablePage;
import org.hibernate.exception.JDBCConnectionException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers 503 with a plain page and {@code Retry-After} when a request failed because the database can't be
 * reached: the outage is temporary, the pool reconnects by itself, and clients, crawlers and load balancers
 * should come back. Any other failure is left alone (a bug stays a 500).
 *
 * <p>
 * A resolver rather than an {@code @ExceptionHandler}, because how the failure surfaces varies: the pool's
 * timeout wrapped in {@code CannotCreateTransactionException} when no connection can be had, but a broken
 * pooled connection fails mid-transaction and then fails the rollback, surfacing as a generic
 * {@code JpaSystemException} (or wrapped by a library) whose cause carries the connection error. So the cause
 * chain decides. It runs after the {@code @ExceptionHandler}s, which keep precedence for their own exceptions.
 */
@Component
class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

	static final String RETRY_AFTER_SECONDS = "30";

	private static final Log logger = LogFactory.getLog(DatabaseUnavailableResolver.class);

	private final ObjectProvider<DataSource> dataSource;

	DatabaseUnavailableResolver(ObjectProvider<DataSource> dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!isDatabaseUnavailable(ex)) {
			return null;
		}
		// One line, no stack trace: during an outage every request fails the same way. Those refused without trying
		// (FailFastDataSource) are not logged one by one: that class logs the outage's start and end.
		if (!refusedWithoutTrying(ex)) {
			logger.warn("Database unavailable, answering 503 to " + request.getRequestURI() + ": " + ex);
			// A failure on a pooled connection never reached the pool's getConnection: tell the fail-fast guard, so
			// that the readers right behind this one are answered at once instead of each waiting for the pool.
			this.dataSource.ifAvailable((source) -> {
				if (source instanceof FailFastDataSource guard) {
					guard.connectionLost(ex);
				}
			});
		}
		return UnavailablePage.answer(response, RETRY_AFTER_SECONDS, null);
	}

	static boolean isDatabaseUnavailable(Throwable ex) {
		Throwable cause = ex;
		for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
					|| cause instanceof ConnectException) {
				return true;
			}
			// SQLSTATE class 08: connection exception; 57P01-03: server shutting down or starting up.
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			if (cause instanceof SQLException sql && closedByPool(sql)) {
				return true;
			}
		}
		return false;
	}

	private static boolean refusedWithoutTrying(Throwable ex) {
		Throwable cause = ex;
		for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
			if (cause instanceof DatabaseUnavailableException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * HikariCP closes a connection as soon as it sees a connection-class error on it; any later call on it, such
	 * as the transaction's rollback, throws a plain "Connection is closed" with no SQLSTATE, and that exception
	 * replaces the original one. Its origin in the pool's closed-connection stand-in is what identifies it.
	 */
	private static boolean closedByPool(SQLException ex) {
		StackTraceElement[] trace = ex.getStackTrace();
		return ex.getSQLState() == null && trace.length > 0
				&& trace[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection");
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
