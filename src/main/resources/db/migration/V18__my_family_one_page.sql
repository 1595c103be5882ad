-- "My Family (Mi Familia)" (1995) came twice: the curated row of the Independent Spirit Awards (V4), without an IMDb
-- id, and the Academy Awards data set's "My Family, Mi Familia" (tt0113896, Best Makeup), which V10 added as a film
-- of its own. One film, one page: the curated page takes the Academy's nomination and the IMDb id, by which later
-- data finds it.
UPDATE nomination_film SET film_id = (SELECT id FROM film WHERE slug = 'my-family-mi-familia')
WHERE film_id = (SELECT id FROM film WHERE slug = 'my-family-mi-familia-1995');

UPDATE nomination SET film_id = (SELECT id FROM film WHERE slug = 'my-family-mi-familia')
WHERE film_id = (SELECT id FROM film WHERE slug = 'my-family-mi-familia-1995');

DELETE FROM film WHERE slug = 'my-family-mi-familia-1995' AND imdb_id = 'tt0113896';

UPDATE film SET imdb_id = 'tt0113896' WHERE slug = 'my-family-mi-familia';
