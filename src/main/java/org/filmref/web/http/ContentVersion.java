package org.filmref.web.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.flywaydb.core.api.MigrationInfo;

/**
 * One value that changes whenever the site's content can have changed. Content lives in Flyway migrations and
 * changes only with a deployment, so the version is a hash of every applied migration (version, checksum,
 * description) and of the build version: a new migration, an edited repeatable migration or a new build all give a
 * new value. It is computed once at start-up; ETags and the rendered-page cache are keyed by it.
 *
 * @param value a short hexadecimal digest, safe to use inside a quoted ETag
 */
public record ContentVersion(String value) {

	/**
	 * @param applied the migrations Flyway has applied, as {@code Flyway.info().applied()} lists them
	 * @param build the build version, or {@code null} where the jar carries no build information
	 */
	public static ContentVersion of(MigrationInfo[] applied, String build) {
		StringBuilder text = new StringBuilder();
		for (MigrationInfo migration : applied) {
			text.append(migration.getVersion())
				.append('|')
				.append(migration.getChecksum())
				.append('|')
				.append(migration.getDescription())
				.append('\n');
		}
		text.append("build|").append(build);
		return new ContentVersion(digest(text.toString()));
	}

	static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 10);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

	/** The weak ETag every page answers with: pages differ only when the content version does. */
	public String etag() {
		return "W/\"" + value + "\"";
	}

}
