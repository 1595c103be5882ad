package org.filmref.search;

/** The search index failed to build or is still being built: search answers 503 with Retry-After. */
class SearchUnavailableException extends RuntimeException {

	SearchUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
