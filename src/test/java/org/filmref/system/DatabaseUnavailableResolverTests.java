package org.filmref.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures count as "database unavailable" (503, retry later) and which are left to be errors (500). */
class DatabaseUnavailableResolverTests {

	private final DatabaseUnavailableResolver resolver = new DatabaseUnavailableResolver(
			new StaticListableBeanFactory().getBeanProvider(DataSource.class));

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void noConnectionForATransactionIs503WithRetryAfter() {
		ModelAndView view = resolve(new CannotCreateTransactionException("Could not open JPA EntityManager",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));
		assertThat(view.getViewName()).isEqualTo("error/503");
		assertThat(view.getStatus().value()).isEqualTo(503);
		assertThat(this.response.getHeader("Retry-After")).isEqualTo("30");
		assertThat(this.response.getHeader("Cache-Control")).isEqualTo("no-store");
	}

	@Test
	void connectionLostMidTransactionIs503() {
		// What a pooled connection broken by a server restart produces: the rollback fails too.
		SQLException closed = new SQLException("This connection has been closed.", "08003");
		assertThat(resolve(new JpaSystemException(new RuntimeException("Unable to rollback", closed)))).isNotNull();
	}

	@Test
	void rollbackOnAConnectionThePoolClosedIs503() {
		SQLException closed = new SQLException("Connection is closed");
		closed.setStackTrace(new StackTraceElement[] { new StackTraceElement(
				"com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection", "lambda$getClosedConnection$0", null, 559) });
		assertThat(resolve(new JpaSystemException(new RuntimeException("Unable to rollback", closed)))).isNotNull();
		assertThat(resolve(new JpaSystemException(new RuntimeException(new SQLException("closed elsewhere")))))
			.isNull();
	}

	@Test
	void serverShuttingDownIs503() {
		SQLException shutdown = new SQLException("terminating connection due to administrator command", "57P01");
		assertThat(resolve(new IllegalStateException("wrapped by a library", shutdown))).isNotNull();
	}

	@Test
	void badSqlIsABugNotAnOutage() {
		SQLException syntax = new SQLException("relation \"flim\" does not exist", "42P01");
		assertThat(resolve(new InvalidDataAccessResourceUsageException("bad SQL", syntax))).isNull();
		assertThat(resolve(new IllegalArgumentException("no such film"))).isNull();
		assertThat(this.response.getHeader("Retry-After")).isNull();
	}

	private ModelAndView resolve(Exception ex) {
		return this.resolver.resolveException(new MockHttpServletRequest("GET", "/films/x"), this.response, null, ex);
	}

}
