package org.filmref.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown when a slug or id names nothing; answered with the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String kind, Object key) {
		super("No " + kind + " '" + key + "'");
	}

}
