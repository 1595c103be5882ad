package org.filmref.film;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A title by which an award body's data credits a film where it differs from the site's ("Sunset Boulevard", the
 * Golden Globe Awards' title of <i>Sunset Blvd.</i>), with the award body (by id: the award feature builds on films).
 */
@Embeddable
public record OtherTitle(@Column(name = "title") String title, @Column(name = "award_id") Long awardId) {
}
