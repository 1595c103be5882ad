package org.filmref.film;

/**
 * What a person did on a film, in the order an infobox lists crew.
 */
public enum CreditRole {

	DIRECTOR("Directed by", "Director"), SCREENPLAY("Screenplay by", "Screenplay"), PRODUCER("Produced by", "Producer"),
	CAST("Starring", "Actor"), COMPOSER("Music by", "Composer"), CINEMATOGRAPHER("Cinematography", "Cinematographer"),
	EDITOR("Edited by", "Editor");

	private final String infoboxLabel;

	private final String jobTitle;

	CreditRole(String infoboxLabel, String jobTitle) {
		this.infoboxLabel = infoboxLabel;
		this.jobTitle = jobTitle;
	}

	public String infoboxLabel() {
		return infoboxLabel;
	}

	public String jobTitle() {
		return jobTitle;
	}

}
