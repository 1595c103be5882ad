-- V17: which of an award body's ceremonies have an edition number the site can support. The BAFTA film awards' 1st
-- and 2nd ceremonies were both held in 1949, and the data set gives the awards of both as one year, 1949; from the
-- 3rd (1950) on there was one ceremony a year, so the number is the year less 1947, which agrees with the number the
-- sources of the site's curated ceremony state (the 49th, held on 23 April 1996). The 1949 ceremony is shown by its
-- year, without a number, and the award's page says why (edition_note).
-- numbered_from: the first edition shown with its number, held the year after first_held (null: every edition,
-- the 1st held in first_held). edition_note: how the body's ceremonies are numbered, where that needs saying.
ALTER TABLE award ADD COLUMN numbered_from INTEGER;
ALTER TABLE award ADD COLUMN edition_note VARCHAR(1000);

UPDATE award SET first_held = 1949, numbered_from = 3,
    edition_note = 'The 1st and 2nd ceremonies were both held in 1949, and the data set gives the awards of both as one year, so the site shows them as the British Academy Film Awards of 1949, without a number. From the 3rd, in 1950, there was one ceremony a year: its number is the year less 1947 (the 49th in 1996, the 73rd in 2020).'
  WHERE slug = 'bafta-awards';

UPDATE ceremony SET name = 'British Academy Film Awards of 1949'
  WHERE ceremony_year = 1949 AND award_id = (SELECT id FROM award WHERE slug = 'bafta-awards');
