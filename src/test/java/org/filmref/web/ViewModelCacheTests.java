package org.filmref.web;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Policy.Eviction;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page view-model caches keep a few pages each, not the whole site: the rendered-page cache holds every page's
 * bytes, and a model is read again only when its page is rendered again. The latest pages stay cached, so a page
 * rendered twice in a row runs its statements once.
 */
@PageTest
class ViewModelCacheTests {

	/** Enough for pages rendered again without the rendered-page cache; a ceremony page's model alone is ~70 KB. */
	private static final long LARGEST_BOUND = 64;

	@Autowired
	MockMvc mvc;

	@Autowired
	SqlStatements sql;

	@Autowired
	CacheManager caches;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPageModelCacheKeepsAtMostItsBoundAndTheLatestPage() throws Exception {
		sql.startCold();
		Cache<Object, Object> films = nativeCache("filmPages");
		long bound = bound(films);
		List<String> slugs = jdbc.queryForList("SELECT slug FROM film ORDER BY slug LIMIT ?", String.class,
				bound + 8);
		assertThat(slugs).hasSize((int) bound + 8);
		for (String slug : slugs) {
			mvc.perform(get("/films/" + slug)).andExpect(status().isOk());
		}
		films.cleanUp();
		assertThat(films.estimatedSize()).isEqualTo(bound);

		String latest = slugs.get(slugs.size() - 1);
		sql.startWarm();
		mvc.perform(get("/films/" + latest)).andExpect(status().isOk());
		assertThat(sql.count()).isZero();
	}

	@Test
	void everyPageModelCacheIsSmall() {
		for (String name : List.of("filmPages", "personPages", "ceremonyPages", "categoryHistories", "awardBodies",
				"songPages", "novelPages", "reviewPages", "publicationPages", "criticPages")) {
			assertThat(bound(nativeCache(name))).as(name).isBetween(1L, LARGEST_BOUND);
		}
	}

	@Test
	void theRenderedPageRegionsAreBoundedByBytesNotByTheModelCachesCount() {
		for (String name : List.of("renderedPages", "renderedQueryPages")) {
			Eviction<Object, Object> eviction = nativeCache(name).policy().eviction().orElseThrow();
			assertThat(eviction.isWeighted()).as(name).isTrue();
			assertThat(eviction.getMaximum()).as(name).isGreaterThan(1L << 20);
		}
	}

	private Cache<Object, Object> nativeCache(String name) {
		return ((CaffeineCache) caches.getCache(name)).getNativeCache();
	}

	private static long bound(Cache<Object, Object> cache) {
		Eviction<Object, Object> eviction = cache.policy().eviction().orElseThrow();
		assertThat(eviction.isWeighted()).isFalse();
		return eviction.getMaximum();
	}

}
