-- The titles and names by which an award body's data set credits a film or person where they differ from the site's
-- (the Globes' "Sunset Boulevard" for Sunset Blvd.): search finds the page by them, and the page names them under the
-- body's heading. The award data migrations after this one (V13, V14, V16) fill them as they match names.
CREATE TABLE film_other_title (
    film_id   BIGINT        NOT NULL REFERENCES film (id),
    award_id  BIGINT        NOT NULL REFERENCES award (id),
    title     VARCHAR(300)  NOT NULL,
    PRIMARY KEY (film_id, award_id, title)
);

CREATE TABLE person_other_name (
    person_id  BIGINT        NOT NULL REFERENCES person (id),
    award_id   BIGINT        NOT NULL REFERENCES award (id),
    name       VARCHAR(200)  NOT NULL,
    PRIMARY KEY (person_id, award_id, name)
);
