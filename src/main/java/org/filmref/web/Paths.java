package org.filmref.web;

import org.filmref.award.Award;
import org.filmref.award.Ceremony;
import org.filmref.award.CeremonyCategory;
import org.filmref.film.Film;
import org.filmref.novel.Novel;
import org.filmref.person.Person;
import org.filmref.review.Critic;
import org.filmref.review.Publication;
import org.filmref.song.Song;

/**
 * The site's URL scheme in one place. Methods for things that may lack a page of their own (people, films) return
 * {@code null} then, and their {@code link} variants a plain-text {@link Link}.
 */
public final class Paths {

	private Paths() {
	}

	public static String film(Film film) {
		return film.hasPage() ? film(film.getSlug()) : null;
	}

	public static String film(String slug) {
		return "/films/" + slug;
	}

	public static Link filmLink(Film film) {
		return new Link(film.getTitle(), film(film));
	}

	public static String person(Person person) {
		return person.hasPage() ? person(person.getSlug()) : null;
	}

	public static String person(String slug) {
		return "/people/" + slug;
	}

	public static Link personLink(Person person) {
		return new Link(person.getName(), person(person));
	}

	public static String novel(Novel novel) {
		return novel(novel.getSlug());
	}

	public static String novel(String slug) {
		return "/novels/" + slug;
	}

	public static String song(Song song) {
		return song(song.getSlug());
	}

	public static String song(String slug) {
		return "/songs/" + slug;
	}

	public static String award(Award award) {
		return award(award.getSlug());
	}

	public static String award(String slug) {
		return "/awards/" + slug;
	}

	public static String ceremony(Ceremony ceremony) {
		return ceremony(ceremony.getAward().getSlug(), ceremony.getCeremonyYear());
	}

	public static String ceremony(String awardSlug, int year) {
		return award(awardSlug) + "/" + year;
	}

	/** A category at a ceremony: the ceremony page, at the category's anchor. */
	public static String category(CeremonyCategory category) {
		return ceremony(category.getCeremony()) + "#" + category.getCategory().getSlug();
	}

	/** A category's history across the ceremonies: /awards/academy-awards/categories/best-picture. */
	public static String categoryHistory(String awardSlug, String categorySlug) {
		return award(awardSlug) + "/categories/" + categorySlug;
	}

	public static String publication(Publication publication) {
		return "/publications/" + publication.getSlug();
	}

	public static String review(long id) {
		return "/reviews/" + id;
	}

	/** Every critic quote on a film: its section of the review list. */
	public static String reviewsOf(String filmSlug) {
		return "/reviews#" + filmSlug;
	}

	public static String critic(Critic critic) {
		return "/critics/" + critic.getSlug();
	}

	public static Link criticLink(Critic critic) {
		return new Link(critic.getName(), critic(critic));
	}

}
