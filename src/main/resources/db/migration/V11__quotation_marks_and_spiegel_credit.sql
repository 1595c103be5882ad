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

-- 2. Der Spiegel 17/1996: Urs Jenny is named as its critic only by the German Wikipedia article's reference. The
-- research notes found no copy of the review (quotes.md, item 2: "not found" — no stored spiegel.de page for it in
-- searches by author name, issue, likely titles and wording; its citation "unverified, from the Wikipedia
-- reference"; facts.md: title, date, URL and text unverified, "no spiegel.de copy found"). Nothing confirms or
-- contradicts the name, so the credit keeps it with that doubt beside it, as Norbert Grob's Die Zeit credit does
-- (V8), and structured data names no author for it.

UPDATE critic_review SET
    credit_caveat = 'according to the German Wikipedia article; no copy of the review was found'
WHERE reference_id = (SELECT id FROM reference WHERE code = 'spiegel-1996-17');
