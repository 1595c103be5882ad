package org.filmref.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A name by which an award body's data credits a person where it differs from the site's ("J. Carroll Naish", the
 * Golden Globe Awards' name of J. Carrol Naish), with the award body (by id: the award feature builds on people).
 */
@Embeddable
public record OtherName(@Column(name = "name") String name, @Column(name = "award_id") Long awardId) {
}
