package org.filmref.system;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Which failures count as "database unavailable" (503, retry later) and which stay errors (500). */
class DatabaseUnavailableAdviceTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
		.setControllerAdvice(new DatabaseUnavailableAdvice())
		.build();

	@Test
	void noConnectionForATransactionIs503WithRetryAfter() throws Exception {
		this.mvc.perform(get("/no-transaction"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(view().name("error/503"));
	}

	@Test
	void translatedConnectionFailureIs503() throws Exception {
		this.mvc.perform(get("/resource-failure")).andExpect(status().isServiceUnavailable());
	}

	@Test
	void untranslatedPoolTimeoutIs503() throws Exception {
		this.mvc.perform(get("/pool-timeout")).andExpect(status().isServiceUnavailable());
	}

	@Test
	void badSqlIsABugNotAnOutage() {
		assertThatThrownBy(() -> this.mvc.perform(get("/bad-sql")))
			.hasRootCauseInstanceOf(InvalidDataAccessResourceUsageException.class);
	}

	@RestController
	static class FailingController {

		@GetMapping("/no-transaction")
		String noTransaction() {
			throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
					new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
		}

		@GetMapping("/resource-failure")
		String resourceFailure() {
			throw new DataAccessResourceFailureException("Unable to acquire JDBC Connection");
		}

		@GetMapping("/pool-timeout")
		String poolTimeout() throws SQLTransientConnectionException {
			throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
		}

		@GetMapping("/bad-sql")
		String badSql() {
			throw new InvalidDataAccessResourceUsageException("relation \"flim\" does not exist");
		}

	}

}
