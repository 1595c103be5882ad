package org.filmref.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.filmref.award.Award;
import org.filmref.award.AwardCategory;
import org.filmref.award.Ceremony;
import org.filmref.film.Film;
import org.filmref.novel.Novel;
import org.filmref.person.Person;
import org.filmref.review.Critic;
import org.filmref.review.CriticReview;
import org.filmref.review.Publication;
import org.filmref.song.Song;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * {@code /sitemap.xml}, every page of the site from the database and {@link Paths}, and {@code /robots.txt}. Both
 * are built when asked and then served from the rendered-page cache like any page.
 *
 * <p>
 * A kind of page is listed only where a controller serves its address pattern, so the sitemap never lists a page
 * the site cannot show.
 */
@Controller
class SitemapController {

	private final EntityManager entityManager;

	private final RequestMappingHandlerMapping handlers;

	private final Site site;

	SitemapController(EntityManager entityManager,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers, Site site) {
		this.entityManager = entityManager;
		this.handlers = handlers;
		this.site = site;
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		return ResponseEntity.ok("User-agent: *\nAllow: /\n\nSitemap: " + site.url("/sitemap.xml") + "\n");
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@Transactional(readOnly = true)
	ResponseEntity<String> sitemap() {
		StringBuilder xml = new StringBuilder(8192)
			.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (String path : paths()) {
			xml.append("  <url><loc>").append(escape(site.url(path))).append("</loc></url>\n");
		}
		return ResponseEntity.ok(xml.append("</urlset>\n").toString());
	}

	/** Every page's path, indexes first, then each kind of page in the order of the site's navigation. */
	List<String> paths() {
		Set<String> served = servedPatterns();
		Set<String> paths = new LinkedHashSet<>();
		for (String index : List.of("/", "/people", "/awards", "/reviews", "/critics", "/publications", "/search")) {
			if (served.contains(index)) {
				paths.add(index);
			}
		}
		add(paths, served, "/films/{}", "select f from Film f where f.hasPage = true order by f.title", Film.class,
				Paths::film);
		add(paths, served, "/people/{}", "select p from Person p where p.hasPage = true order by p.sortName",
				Person.class, Paths::person);
		add(paths, served, "/novels/{}", "select n from Novel n order by n.title", Novel.class, Paths::novel);
		add(paths, served, "/songs/{}", "select s from Song s order by s.title", Song.class, Paths::song);
		add(paths, served, "/awards/{}", "select a from Award a order by a.position", Award.class, Paths::award);
		add(paths, served, "/awards/{}/{}",
				"select c from Ceremony c join fetch c.award order by c.award.position, c.ceremonyYear",
				Ceremony.class, Paths::ceremony);
		add(paths, served, "/awards/{}/categories/{}",
				"select k from AwardCategory k join fetch k.award where exists (select 1 from CeremonyCategory cc"
						+ " where cc.category = k) order by k.award.position, k.position, k.name",
				AwardCategory.class, k -> Paths.categoryHistory(k.getAward().getSlug(), k.getSlug()));
		add(paths, served, "/reviews/{}", "select r from CriticReview r order by r.id", CriticReview.class,
				review -> Paths.review(review.getId()));
		add(paths, served, "/critics/{}", "select c from Critic c order by c.sortName", Critic.class, Paths::critic);
		add(paths, served, "/publications/{}", "select p from Publication p order by p.name", Publication.class,
				Paths::publication);
		return new ArrayList<>(paths);
	}

	private <T> void add(Set<String> paths, Set<String> served, String pattern, String query, Class<T> type,
			Function<T, String> path) {
		if (!served.contains(pattern)) {
			return;
		}
		for (T entity : entityManager.createQuery(query, type).getResultList()) {
			String address = path.apply(entity);
			if (address != null) {
				paths.add(address);
			}
		}
	}

	/** The GET address patterns controllers serve, with variable names blanked: {@code /films/{}}. */
	private Set<String> servedPatterns() {
		Set<String> patterns = new LinkedHashSet<>();
		handlers.getHandlerMethods()
			.keySet()
			.forEach(info -> info.getPatternValues()
				.forEach(pattern -> patterns.add(pattern.replaceAll("\\{[^}]*}", "{}"))));
		return patterns;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
