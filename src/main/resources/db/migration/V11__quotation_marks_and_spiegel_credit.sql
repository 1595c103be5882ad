-- V11: two corrections of texts already stored.
--
-- 1. Quotation marks in the Academy Awards data set's texts. oscars.csv writes a quotation mark inside a field as \"
-- (Python's csv module with escapechar '\', see db/data/oscar-data/README.md); V10 loaded those fields with the
-- backslash kept (To Walt Disney for the creation of \"Mickey Mouse.\"). The loader now reads \" as ", so a new
-- database has the texts as the data set means them and these statements change nothing there; a database loaded
-- before gets the same texts here. V10's checksum is the file's, which did not change. No text of the site's own
-- migrations contains \" (nor does anything but the data set write these columns), and the data set has no other
-- backslash. Slugs stay as they are: a slug drops both characters.

UPDATE film SET title = REPLACE(title, '\"', '"') WHERE title <> REPLACE(title, '\"', '"');
UPDATE person SET name = REPLACE(name, '\"', '"') WHERE name <> REPLACE(name, '\"', '"');
UPDATE person SET sort_name = REPLACE(sort_name, '\"', '"') WHERE sort_name <> REPLACE(sort_name, '\"', '"');
UPDATE company SET name = REPLACE(name, '\"', '"') WHERE name <> REPLACE(name, '\"', '"');
UPDATE ceremony_category SET official_name = REPLACE(official_name, '\"', '"')
    WHERE official_name <> REPLACE(official_name, '\"', '"');
UPDATE nomination SET name = REPLACE(name, '\"', '"') WHERE name <> REPLACE(name, '\"', '"');
UPDATE nomination SET detail = REPLACE(detail, '\"', '"') WHERE detail <> REPLACE(detail, '\"', '"');
UPDATE nomination SET note = REPLACE(note, '\"', '"') WHERE note <> REPLACE(note, '\"', '"');
UPDATE nomination SET citation = REPLACE(citation, '\"', '"') WHERE citation <> REPLACE(citation, '\"', '"');
UPDATE nomination_film SET title = REPLACE(title, '\"', '"') WHERE title <> REPLACE(title, '\"', '"');
UPDATE nomination_film SET detail = REPLACE(detail, '\"', '"') WHERE detail <> REPLACE(detail, '\"', '"');
UPDATE nomination_nominee SET credited_as = REPLACE(credited_as, '\"', '"')
    WHERE credited_as <> REPLACE(credited_as, '\"', '"');
