package org.filmref.award;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.filmref.web.HtmlPage;
import org.filmref.web.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Golden Globe, BAFTA and Screen Actors Guild data sets against the pages. Each file is read here on its own,
 * with a CSV reader and the film/television split of its README, not through the converters or the importer: a
 * mistake there cannot hide in both. For every ceremony of every file: each category's nominations and winners,
 * as many on the ceremony's page, and each winner named among the page's winners.
 */
@PageTest
class AwardDataFilesIT {

	@Autowired
	private MockMvc mvc;

	/** What one category of one ceremony holds, by the file: its nominations and the names of its winners. */
	private static final class Field {

		int nominations;

		final List<String> winners = new ArrayList<>();

	}

	@Test
	void goldenGlobesEveryFilmCategoryOfEveryCeremony() throws Exception {
		byte[] bytes = bytes("db/data/golden-globes/golden_globe_awards.csv");
		assertThat(sha256(bytes)).isEqualTo("ae99a5029bdfb8089fccd6da65177d2eae2757b947f850c045b357db8679bfee");
		List<List<String>> rows = csv(bytes);
		assertThat(rows).hasSize(7_991);
		// year of the ceremony -> wording -> field; the README: television categories are those whose name says
		// "Television" or "Series"; two awards of the television side carry neither word.
		Map<Integer, Map<String, Field>> ceremonies = new TreeMap<>();
		for (List<String> row : rows) {
			String category = row.get(3);
			if (category.contains("Television") || category.contains("Series")
					|| List.of("Carol Burnett Award", "International News Coverage").contains(category)) {
				continue;
			}
			Field field = ceremonies.computeIfAbsent(Integer.parseInt(row.get(1)), y -> new LinkedHashMap<>())
				.computeIfAbsent(category, c -> new Field());
			field.nominations++;
			// The Cecil B. DeMille rows say False, though each is an award given (the README); so do the rows of the
			// two other honorary awards with no winner marked at all.
			if ("True".equals(row.get(6)) || category.startsWith("Cecil B.")
					|| List.of("Special Achievement Award", "Famous Silent Filmstars").contains(category)) {
				field.winners.add(row.get(4).isEmpty() ? row.get(5) : row.get(4));
			}
		}
		assertThat(ceremonies).hasSize(77);
		compare("golden-globe-awards", ceremonies);
	}

	@Test
	void baftaEveryCategoryOfTheFiftyFourCeremonies() throws Exception {
		byte[] bytes = bytes("db/data/bafta/bafta_films.csv");
		assertThat(sha256(bytes)).isEqualTo("696e977025144836ef9825cffe988b8ac745bd65e55de766cbf5f5d807e6e518");
		List<List<String>> rows = csv(bytes);
		Map<Integer, Map<String, Field>> ceremonies = new TreeMap<>();
		Pattern wording = Pattern.compile("^Film \\| (.*) in \\d{4}$");
		for (List<String> row : rows) {
			if (row.get(2).startsWith("Category not awarded") || row.get(2).startsWith("No winner")) {
				continue;
			}
			Matcher m = wording.matcher(row.get(1));
			assertThat(m.matches()).as(row.get(1)).isTrue();
			Field field = ceremonies.computeIfAbsent(Integer.parseInt(row.get(0)), y -> new LinkedHashMap<>())
				.computeIfAbsent(m.group(1), c -> new Field());
			field.nominations++;
			if ("True".equals(row.get(4))) {
				field.winners.add(null);
			}
		}
		assertThat(ceremonies).hasSize(54);
		compare("bafta-awards", ceremonies);
	}

	@Test
	void screenActorsGuildEveryFilmCategoryOfTheTwentySixCeremonies() throws Exception {
		byte[] bytes = bytes("db/data/sag/screen_actor_guild_awards.csv");
		assertThat(sha256(bytes)).isEqualTo("572f0a38eef7f9ad11b5272d588f295e3f9c45dc8e9883a8b977f991dcaaa9a9");
		Pattern year = Pattern.compile("^(\\d{4}) - \\d+(st|nd|rd|th) Annual.*");
		Map<Integer, Map<String, Field>> ceremonies = new TreeMap<>();
		Map<String, Boolean> casts = new LinkedHashMap<>();
		for (List<String> row : csv(bytes)) {
			Matcher m = row.size() == 5 ? year.matcher(row.get(0).trim()) : null;
			String category = row.size() == 5 ? row.get(1).trim() : "";
			if (m == null || !m.matches() || category.matches(".*(SERIES|TV|TELEVISION|MINISERIES|COMEDY|DRAMA).*")) {
				continue;
			}
			Field field = ceremonies.computeIfAbsent(Integer.parseInt(m.group(1)), y -> new LinkedHashMap<>())
				.computeIfAbsent(category, c -> new Field());
			// A cast or stunt ensemble is one nomination of several rows, one per member.
			if (category.contains("CAST") || category.contains("ENSEMBLE")) {
				String key = m.group(1) + "|" + category + "|" + row.get(3).trim();
				if (casts.containsKey(key)) {
					continue;
				}
				casts.put(key, true);
			}
			field.nominations++;
			if ("True".equals(row.get(4)) || category.equals("LIFE ACHIEVEMENT")) {
				field.winners.add(null);
			}
		}
		assertThat(ceremonies).hasSize(26);
		compare("screen-actors-guild-awards", ceremonies);
	}

	/**
	 * Each ceremony's page against the file: as many nominations and winners in all, each of the file's categories
	 * shown with as many nominations and winners (found by its wording, the official name the page shows), and each
	 * winner the file names (a person or a film) among the winning rows.
	 */
	private void compare(String award, Map<Integer, Map<String, Field>> ceremonies) throws Exception {
		for (Map.Entry<Integer, Map<String, Field>> ceremony : ceremonies.entrySet()) {
			String path = "/awards/" + award + "/" + ceremony.getKey();
			Document page = HtmlPage.page(mvc, path);
			int nominations = ceremony.getValue().values().stream().mapToInt(f -> f.nominations).sum();
			int wins = ceremony.getValue().values().stream().mapToInt(f -> f.winners.size()).sum();
			assertThat(page.select("section.category tbody tr")).as(path + " nominations").hasSize(nominations);
			assertThat(page.select("section.category tbody tr.winner")).as(path + " winners").hasSize(wins);
			String winners = plain(page.select("section.category tbody tr.winner").text());
			for (Map.Entry<String, Field> category : ceremony.getValue().entrySet()) {
				for (String winner : category.getValue().winners) {
					if (winner != null) {
						// "Town Without Pity, Dimitri Tiomkin, Ned Washington": a song and its writers, each shown
						// a film the site already has is shown under its title there, which may lack the file's
						// title in another language: "The White Ribbon (Das Weisse Band …)" is "The White Ribbon"
						for (String part : rightWayRound(winner).split(", ")) {
							assertThat(winners).as(path + " " + category.getKey() + ": " + winner)
								.containsAnyOf(plain(part), plain(part.replaceAll("\\s*\\([^()]*\\)\\s*$", "")),
										plain(SHOWN_AS.getOrDefault(part, part)));
						}
					}
				}
				Element section = page.select("section.category").stream()
					.filter(s -> s.select(".official-name").text().equalsIgnoreCase("Official name: " + category.getKey()))
					.findFirst()
					.orElse(null);
				if (section == null) {
					// A category the site holds curated rows of names it as its sources do (the 53rd Globes).
					continue;
				}
				assertThat(section.select("tbody tr")).as(path + " " + category.getKey())
					.hasSize(category.getValue().nominations);
				assertThat(section.select("tbody tr.winner")).as(path + " " + category.getKey() + " winners")
					.hasSize(category.getValue().winners.size());
			}
		}
	}

	/**
	 * A film or person the Globes name otherwise than the site's page of them, checked by hand (the same film, the
	 * same makers and cast; a misspelt name): shown under the page's title or name, as the Academy writes it.
	 */
	private static final Map<String, String> SHOWN_AS = Map.ofEntries(Map.entry("Sunset Boulevard", "Sunset Blvd."),
			Map.entry("Inherit the Wind - 1960", "Inherit the Wind"),
			Map.entry("Quest for Camelot: The Magic Sword", "Quest for Camelot"),
			Map.entry("Star Wars: Episode IV - A New Hope", "Star Wars"), Map.entry("Twelve Monkeys", "12 Monkeys"),
			Map.entry("5 Fingers", "Five Fingers"),
			Map.entry("Gorillas in the Mist: The Adventure of Dian Fossey", "Gorillas in the Mist"),
			Map.entry("J. Carroll Naish", "J. Carrol Naish"), Map.entry("Fred A. Young", "Freddie Young"),
			Map.entry("Robert L. Surtees", "Robert Surtees"), Map.entry("Jocelyn Lagarde", "Jocelyne Lagarde"),
			Map.entry("Alejandro González Iñárritu", "Alejandro G. Iñárritu"), Map.entry("William Kong", "Bill Kong"));

	/** "American President, The" as a reader writes it; a year added to tell films apart ("Sabrina (1995)") dropped. */
	private static String rightWayRound(String title) {
		String name = title.replaceAll("\\s*\\(\\d{4}\\)\\s*$", "").trim();
		Matcher m = Pattern.compile("^(.+), (The|A|An)( \\(.*\\))?$").matcher(name);
		return m.matches() ? m.group(2) + " " + m.group(1) + (m.group(3) != null ? m.group(3) : "") : name;
	}

	/** Without case, accents or punctuation. */
	private static String plain(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
	}

	private static byte[] bytes(String resource) throws IOException {
		try (InputStream in = AwardDataFilesIT.class.getClassLoader().getResourceAsStream(resource)) {
			return in.readAllBytes();
		}
	}

	private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	/** RFC 4180 records after the header. */
	private static List<List<String>> csv(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
			}
			else if (c != '\r') {
				field.append(c);
			}
		}
		if (field.length() > 0 || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		return records.subList(1, records.size());
	}

}
