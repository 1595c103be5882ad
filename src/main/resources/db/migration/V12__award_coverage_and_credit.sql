-- V12: what each award body's data covers and whom it credits, held as data (the pages read these columns); the
-- curated Golden Globe and BAFTA categories named as the data sets' category rules name them, so that the data
-- migrations load into them instead of beside them.

-- editions_held: ceremonies the body has held up to the latest listed here (2026); first_held: the year of its 1st,
-- from which the year of a missing edition is told. The data_* columns credit the data set (its name, where it is,
-- its licence) and the award body's own record it was built from; data_scope says what the site leaves out.
ALTER TABLE award ADD COLUMN editions_held INTEGER;
ALTER TABLE award ADD COLUMN first_held INTEGER;
ALTER TABLE award ADD COLUMN data_set VARCHAR(300);
ALTER TABLE award ADD COLUMN data_set_url VARCHAR(500);
ALTER TABLE award ADD COLUMN data_licence VARCHAR(100);
ALTER TABLE award ADD COLUMN data_licence_url VARCHAR(500);
ALTER TABLE award ADD COLUMN data_origin VARCHAR(300);
ALTER TABLE award ADD COLUMN data_origin_url VARCHAR(500);
ALTER TABLE award ADD COLUMN data_scope VARCHAR(1000);

UPDATE award SET editions_held = 98, first_held = 1929,
    data_set = 'the Academy Awards data set of DLu/oscar_data', data_set_url = 'https://github.com/DLu/oscar_data',
    data_licence = 'BSD 2-Clause licence', data_licence_url = 'https://github.com/DLu/oscar_data/blob/main/LICENSE',
    data_origin = 'the Academy''s awards database', data_origin_url = 'https://awardsdatabase.oscars.org/',
    data_scope = 'Every category, honorary and scientific or technical awards included.'
  WHERE slug = 'academy-awards';
UPDATE award SET editions_held = 83, first_held = 1944,
    data_set = 'the "Golden Globe Awards, 1944 – 2020" data set by Raphael Fontes',
    data_set_url = 'https://www.kaggle.com/datasets/unanimad/golden-globe-awards',
    data_origin = 'goldenglobes.com', data_origin_url = 'https://goldenglobes.com/',
    data_scope = 'Film categories and the Cecil B. DeMille Award; the television categories are left out.'
  WHERE slug = 'golden-globe-awards';
UPDATE award SET editions_held = 79, first_held = 1948,
    data_set = 'the "BAFTA Awards" data set by Raphael Fontes',
    data_set_url = 'https://www.kaggle.com/datasets/unanimad/bafta-awards',
    data_origin = 'awards.bafta.org', data_origin_url = 'https://awards.bafta.org/',
    data_scope = 'Film awards only; the data set lacks the ceremonies of 1997–2000 and 2002–2015.'
  WHERE slug = 'bafta-awards';
UPDATE award SET editions_held = 41, first_held = 1986,
    data_scope = 'Only the categories of the 11th ceremony in which Leaving Las Vegas was nominated, curated from the sources cited on the ceremony''s page.'
  WHERE slug = 'independent-spirit-awards';

UPDATE award_category SET canonical_name = name
  WHERE canonical_name IS NULL
    AND award_id IN (SELECT id FROM award WHERE slug IN ('golden-globe-awards', 'bafta-awards'));
