package org.filmref.film;

/**
 * How much of a date is known: a festival premiere may be known to the month only.
 */
public enum DatePrecision {

	DAY, MONTH, YEAR

}
