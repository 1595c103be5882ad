-- Where a film article's text comes from, for the attribution its licence requires (CC BY-SA for Wikipedia).
ALTER TABLE film ADD COLUMN text_source VARCHAR(200);
ALTER TABLE film ADD COLUMN text_source_title VARCHAR(300);
ALTER TABLE film ADD COLUMN text_source_url VARCHAR(1000);
ALTER TABLE film ADD COLUMN text_source_language VARCHAR(10);
ALTER TABLE film ADD COLUMN text_source_licence VARCHAR(100);
ALTER TABLE film ADD COLUMN text_source_licence_url VARCHAR(1000);

UPDATE film
SET text_source = 'German Wikipedia',
    text_source_title = 'Leaving Las Vegas',
    text_source_url = 'https://de.wikipedia.org/wiki/Leaving_Las_Vegas',
    text_source_language = 'de',
    text_source_licence = 'Creative Commons Attribution-ShareAlike 4.0',
    text_source_licence_url = 'https://creativecommons.org/licenses/by-sa/4.0/'
WHERE slug = 'leaving-las-vegas';
