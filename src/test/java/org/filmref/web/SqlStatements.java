package org.filmref.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.CacheManager;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Counts the SQL statements that requests run, and nothing else.
 * <p>
 * Hibernate hands every statement of the application to this {@link StatementInspector}; it counts one only when the
 * thread that issues it is inside an HTTP request (MockMvc's or Tomcat's), which {@link #requestFilter()} marks.
 * Statements of background work on other threads (the search index's mass indexer, Flyway, warm-ups) never reach
 * the count, whenever they run. Registered for every test application context by
 * {@link SqlStatementsAutoConfiguration}; inject it with {@code @Autowired SqlStatements sql}.
 */
public class SqlStatements implements StatementInspector {

	private final ThreadLocal<Integer> requestDepth = ThreadLocal.withInitial(() -> 0);

	private final AtomicLong count = new AtomicLong();

	private final ObjectProvider<CacheManager> caches;

	SqlStatements(ObjectProvider<CacheManager> caches) {
		this.caches = caches;
	}

	/** Empties every cache and resets the counter. */
	public void startCold() {
		caches.ifAvailable(cacheManager -> cacheManager.getCacheNames()
			.forEach(name -> cacheManager.getCache(name).clear()));
		count.set(0);
	}

	/** Resets the counter only, keeping what is cached. */
	public void startWarm() {
		count.set(0);
	}

	/** The statements requests ran since the last start. */
	public long count() {
		return count.get();
	}

	/**
	 * Asks for {@code path} with every cache empty, then again with what the first request cached: the statements
	 * each ran. Both must answer 200.
	 */
	public ColdAndWarm coldAndWarm(MockMvc mvc, String path) throws Exception {
		startCold();
		mvc.perform(get(path)).andExpect(status().isOk());
		long cold = count();
		startWarm();
		mvc.perform(get(path)).andExpect(status().isOk());
		return new ColdAndWarm(cold, count());
	}

	/** The statements of a page asked for cold and then warm ({@link #coldAndWarm}). */
	public record ColdAndWarm(long cold, long warm) {
	}

	@Override
	public String inspect(String sql) {
		if (requestDepth.get() > 0) {
			count.incrementAndGet();
		}
		return sql;
	}

	/** Marks the thread that handles a request for as long as it does (forwards and error dispatches included). */
	Filter requestFilter() {
		return new Filter() {
			@Override
			public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
					throws IOException, ServletException {
				requestDepth.set(requestDepth.get() + 1);
				try {
					chain.doFilter(request, response);
				}
				finally {
					int depth = requestDepth.get() - 1;
					if (depth == 0) {
						requestDepth.remove();
					}
					else {
						requestDepth.set(depth);
					}
				}
			}
		};
	}

}
