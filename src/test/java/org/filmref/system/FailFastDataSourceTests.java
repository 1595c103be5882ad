package org.filmref.system;

import java.io.PrintWriter;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * While the database is known to be down, requests for a connection are refused at once, but one probe at a time;
 * the first connection ends the outage; a busy pool is no outage.
 */
class FailFastDataSourceTests {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	private final FakePool pool = new FakePool();

	private final FailFastDataSource dataSource = new FailFastDataSource(this.pool, this.now::get);

	@Test
	void whileTheProbeWaitsOnTheDatabaseOtherRequestsAreRefusedWithoutAskingThePool() throws Exception {
		this.pool.down = true;
		assertThatExceptionOfType(SQLTransientConnectionException.class).isThrownBy(this.dataSource::getConnection)
			.isNotInstanceOf(DatabaseUnavailableException.class);
		assertThat(this.dataSource.knownDown()).isTrue();

		// The next request is the probe: it goes to the pool, which holds it as a pool waits for a connection.
		this.pool.hold = new CountDownLatch(1);
		CompletableFuture<Connection> probe = CompletableFuture.supplyAsync(this::connect);
		assertThat(this.pool.entered.await(10, TimeUnit.SECONDS)).isTrue();
		int calls = this.pool.calls.get();

		// However long the probe waits: its outcome is not known yet.
		this.now.addAndGet(TimeUnit.SECONDS.toNanos(3));
		for (int i = 0; i < 5; i++) {
			assertThatExceptionOfType(DatabaseUnavailableException.class).isThrownBy(this.dataSource::getConnection)
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("08001"));
		}
		assertThat(this.pool.calls.get()).isEqualTo(calls);

		// The database is back: the probe gets its connection, and the outage is over for everyone.
		this.pool.down = false;
		this.pool.hold.countDown();
		assertThat(probe.get(10, TimeUnit.SECONDS)).isNotNull();
		assertThat(this.dataSource.knownDown()).isFalse();
		assertThat(this.dataSource.getConnection()).isNotNull();
		assertThat(this.dataSource.getConnection()).isNotNull();
		assertThat(this.pool.calls.get()).isEqualTo(calls + 2);
	}

	@Test
	void readersWhoArriveTogetherAfterAPauseInTheOutageSendOneProbeNotAllToThePool() throws Exception {
		this.pool.down = true;
		assertThatExceptionOfType(SQLException.class).isThrownBy(this.dataSource::getConnection);
		// No request for a while: the outage is still known, and the next readers do not all wait on the pool.
		this.now.addAndGet(TimeUnit.SECONDS.toNanos(10));
		assertThat(this.dataSource.knownDown()).isTrue();
		this.pool.hold = new CountDownLatch(1);
		CompletableFuture<Connection> probe = CompletableFuture.supplyAsync(this::connect);
		assertThat(this.pool.entered.await(10, TimeUnit.SECONDS)).isTrue();
		for (int i = 0; i < 5; i++) {
			assertThatExceptionOfType(DatabaseUnavailableException.class).isThrownBy(this.dataSource::getConnection);
		}
		assertThat(this.pool.calls.get()).isEqualTo(2);

		// The probe fails: the outage goes on, and the next request is again a probe of its own.
		this.pool.hold.countDown();
		assertThat(probe).failsWithin(10, TimeUnit.SECONDS);
		assertThat(this.dataSource.knownDown()).isTrue();
		this.pool.hold = null;
		this.pool.down = false;
		assertThat(this.dataSource.getConnection()).isNotNull();
		assertThat(this.dataSource.knownDown()).isFalse();
		assertThat(this.pool.calls.get()).isEqualTo(3);
	}

	@Test
	void aProbeHandedAConnectionOpenedBeforeTheOutageDoesNotEndIt() throws Exception {
		this.pool.down = true;
		assertThatExceptionOfType(SQLException.class).isThrownBy(this.dataSource::getConnection);
		// HikariCP hands out a connection used in the last 500 ms without checking it: one from before the outage.
		Connection dead = mock(Connection.class);
		given(dead.isValid(anyInt())).willReturn(false);
		this.pool.next = dead;
		assertThatExceptionOfType(DatabaseUnavailableException.class).isThrownBy(this.dataSource::getConnection);
		verify(dead).close();
		assertThat(this.dataSource.knownDown()).isTrue();

		// Still down: the next readers are refused or probe one at a time, none waits on the pool beside the probe.
		this.pool.hold = new CountDownLatch(1);
		CompletableFuture<Connection> probe = CompletableFuture.supplyAsync(this::connect);
		assertThat(this.pool.entered.await(10, TimeUnit.SECONDS)).isTrue();
		int calls = this.pool.calls.get();
		assertThatExceptionOfType(DatabaseUnavailableException.class).isThrownBy(this.dataSource::getConnection);
		assertThat(this.pool.calls.get()).isEqualTo(calls);
		this.pool.down = false;
		this.pool.hold.countDown();
		assertThat(probe.get(10, TimeUnit.SECONDS)).isNotNull();
		assertThat(this.dataSource.knownDown()).isFalse();
	}

	@Test
	void aBusyPoolIsNoOutage() {
		// HikariCP's timeout when every connection is in use: no cause, no SQLSTATE.
		this.pool.failure = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
		assertThatExceptionOfType(SQLTransientConnectionException.class).isThrownBy(this.dataSource::getConnection);
		assertThat(this.dataSource.knownDown()).isFalse();
		assertThat(FailFastDataSource.isDatabaseFailure(new SQLException("terminating connection", "57P01"))).isTrue();
		assertThat(FailFastDataSource.isDatabaseFailure(new SQLException("no such table", "42P01"))).isFalse();
	}

	@Test
	void aRefusedConnectionIsThe503PageWithRetryAfterAndNoLineOfLogPerRequest() {
		DatabaseUnavailableException refused = new DatabaseUnavailableException("3 ms after a connection failed");
		MockHttpServletResponse response = new MockHttpServletResponse();
		ModelAndView page = resolverOf(this.dataSource).resolveException(
				new MockHttpServletRequest("GET", "/films/x"), response, null,
				new CannotCreateTransactionException("Could not open JPA EntityManager for transaction", refused));
		assertThat(page.getViewName()).isEqualTo("error/503");
		assertThat(page.getStatus().value()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo(DatabaseUnavailableResolver.RETRY_AFTER_SECONDS);
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
	}

	@Test
	void aRequestThatFailedOnAPooledConnectionMakesTheNextReadersBeAnsweredAtOnce() throws Exception {
		// The database went away under the pool's open connections: the first request fails on its statement (the
		// server's 57P01) without asking the pool for a connection, and the resolver answers its 503.
		this.pool.down = true;
		assertThat(this.dataSource.knownDown()).isFalse();
		SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
		ModelAndView page = resolverOf(this.dataSource).resolveException(
				new MockHttpServletRequest("GET", "/films/x"), new MockHttpServletResponse(), null,
				new IllegalStateException("JDBC exception executing SQL", terminated));
		assertThat(page.getStatus().value()).isEqualTo(503);

		// Readers right behind it: one probe goes to the pool, the others are refused without waiting for it.
		assertThat(this.dataSource.knownDown()).isTrue();
		int calls = this.pool.calls.get();
		this.pool.hold = new CountDownLatch(1);
		CompletableFuture<Connection> probe = CompletableFuture.supplyAsync(this::connect);
		assertThat(this.pool.entered.await(10, TimeUnit.SECONDS)).isTrue();
		for (int i = 0; i < 5; i++) {
			assertThatExceptionOfType(DatabaseUnavailableException.class).isThrownBy(this.dataSource::getConnection);
		}
		assertThat(this.pool.calls.get()).isEqualTo(calls + 1);
		this.pool.down = false;
		this.pool.hold.countDown();
		assertThat(probe.get(10, TimeUnit.SECONDS)).isNotNull();
		assertThat(this.dataSource.knownDown()).isFalse();
	}

	private static DatabaseUnavailableResolver resolverOf(DataSource dataSource) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("dataSource", dataSource);
		return new DatabaseUnavailableResolver(beans.getBeanProvider(DataSource.class));
	}

	private Connection connect() {
		try {
			return this.dataSource.getConnection();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A connection pool whose database is up or down, and which can hold a request as a pool waiting would. */
	static final class FakePool implements DataSource {

		volatile boolean down;

		volatile SQLException failure;

		volatile CountDownLatch hold;

		/** The connection the pool hands out next, without asking the database, as HikariCP may. */
		volatile Connection next;

		final CountDownLatch entered = new CountDownLatch(1);

		final AtomicInteger calls = new AtomicInteger();

		@Override
		public Connection getConnection() throws SQLException {
			this.calls.incrementAndGet();
			CountDownLatch latch = this.hold;
			if (latch != null) {
				this.entered.countDown();
				try {
					latch.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			Connection pooled = this.next;
			if (pooled != null) {
				this.next = null;
				return pooled;
			}
			if (this.failure != null) {
				throw this.failure;
			}
			if (this.down) {
				throw new SQLTransientConnectionException(
						"HikariPool-1 - Connection is not available, request timed out after 1000ms", "08001",
						new ConnectException("Connection refused"));
			}
			Connection connection = mock(Connection.class);
			given(connection.isValid(anyInt())).willReturn(true);
			return connection;
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

		@Override
		public PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(PrintWriter out) {
		}

		@Override
		public void setLoginTimeout(int seconds) {
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() throws SQLFeatureNotSupportedException {
			throw new SQLFeatureNotSupportedException();
		}

		@Override
		public <T> T unwrap(Class<T> iface) throws SQLException {
			throw new SQLException("not a wrapper");
		}

		@Override
		public boolean isWrapperFor(Class<?> iface) {
			return false;
		}

	}

}
