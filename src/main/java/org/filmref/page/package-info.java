/**
 * The film and person pages, assembled above the features they show: a film's article (film), its critics' quotes
 * (review) and its awards (award); a person's facts (person), films (film), novels (novel), songs (song) and awards
 * (award). Each feature gives its part as its own view; the features below know nothing of those above them.
 */
package org.filmref.page;
