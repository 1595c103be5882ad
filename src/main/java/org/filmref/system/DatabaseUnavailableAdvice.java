package org.filmref.system;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.exception.JDBCConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers 503 with a plain page and {@code Retry-After} when the database can't be reached, instead of a 500:
 * the outage is temporary, the pool reconnects by itself, and load balancers and crawlers should come back.
 * Only connection-level failures are mapped; any other data access error is a bug and stays a 500.
 */
@ControllerAdvice
class DatabaseUnavailableAdvice {

	static final String RETRY_AFTER_SECONDS = "30";

	private static final Log logger = LogFactory.getLog(DatabaseUnavailableAdvice.class);

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessException.class, JDBCConnectionException.class, SQLTransientConnectionException.class,
			SQLRecoverableException.class })
	ModelAndView databaseUnavailable(Exception ex, HttpServletResponse response) {
		// One line, no stack trace: during an outage every request fails the same way.
		logger.warn("Database unavailable, answering 503: " + ex);
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
	}

}
