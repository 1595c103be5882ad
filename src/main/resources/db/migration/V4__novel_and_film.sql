-- V4: the novel and the films: Leaving Las Vegas (infobox facts, releases, credits,
-- trivia, critic reviews, web links) and the other films named in award fields.

-- ============================================================================
-- The novel
-- ============================================================================

INSERT INTO novel (slug, title, author_id, published_year, publisher, summary, background) VALUES ('leaving-las-vegas', 'Leaving Las Vegas', (SELECT id FROM person WHERE slug = 'john-obrien'), 1990, 'Watermark Press', 'John O''Brien''s first novel, published in 1990 by Watermark Press of Wichita, Kansas. The semi-autobiographical book works through the author''s own alcohol addiction. Mike Figgis adapted it into the 1995 film Leaving Las Vegas, and its title gave Sheryl Crow''s 1994 song "Leaving Las Vegas" its name.', 'O''Brien drew on his own experience of alcoholism for the novel, which he dedicated to his wife, Lisa (née Kirkwood). His father later called the book his suicide note, and Entertainment Weekly described it as "in effect, a 189-page suicide note". Stuart Regen found the novel, by then out of print, in a used bookshop and passed it to Mike Figgis. O''Brien took his own life on 10 April 1994, aged 33, a few weeks after signing the contract for the film rights and shortly before the film went into preproduction. The German Wikipedia article says he died two weeks before shooting began, and older revisions of the English Wikipedia say two weeks after production began; the account given here, from Entertainment Weekly (1995), his sister Erin O''Brien and the Wikipedia biography of O''Brien, fits the dates best. His sister Erin completed his novel The Assault on Tony''s, published by Grove Press in 1996; Stripper Lessons followed in 1997.');

-- ============================================================================
-- Facts about the novel
-- ============================================================================

INSERT INTO fact (novel_id, position, label, content, note) VALUES ((SELECT id FROM novel WHERE slug = 'leaving-las-vegas'), 1, 'First published', '1990, Watermark Press, Wichita, Kansas', NULL);
INSERT INTO fact (novel_id, position, label, content, note) VALUES ((SELECT id FROM novel WHERE slug = 'leaving-las-vegas'), 2, 'Autobiographical background', 'Semi-autobiographical: the novel works through the author''s own alcohol addiction.', NULL);
INSERT INTO fact (novel_id, position, label, content, note) VALUES ((SELECT id FROM novel WHERE slug = 'leaving-las-vegas'), 3, 'Dedication', 'To the author''s wife, Lisa (née Kirkwood)', 'Single source: the Wikipedia biography of O''Brien (2010 revision).');
INSERT INTO fact (novel_id, position, label, content, note) VALUES ((SELECT id FROM novel WHERE slug = 'leaving-las-vegas'), 4, '"Suicide note"', 'O''Brien''s father called the novel his suicide note; Entertainment Weekly called it "in effect, a 189-page suicide note".', NULL);
INSERT INTO fact (novel_id, position, label, content, note) VALUES ((SELECT id FROM novel WHERE slug = 'leaving-las-vegas'), 5, 'Film adaptation', 'Leaving Las Vegas (1995), written and directed by Mike Figgis. Stuart Regen found the out-of-print book in a used bookshop and passed it to Figgis.', NULL);
INSERT INTO fact (novel_id, position, label, content, note) VALUES ((SELECT id FROM novel WHERE slug = 'leaving-las-vegas'), 6, 'Song title', 'Sheryl Crow''s 1994 song "Leaving Las Vegas" takes its title from the novel; its co-writer David Baerwald was O''Brien''s friend and neighbour in Venice, California.', 'According to Erin O''Brien, Baerwald asked her brother about using the title; he agreed provided he got credit at some point, and his name never appeared with the song.');
INSERT INTO fact (novel_id, position, label, content, note) VALUES ((SELECT id FROM novel WHERE slug = 'leaving-las-vegas'), 7, 'Posthumous works', 'The Assault on Tony''s (Grove Press, 1996; completed by his sister Erin O''Brien); Stripper Lessons (Grove Press, 1997); Better (Akashic, 2009)', 'Better is named by the Wikipedia biography only.');

-- First published
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE novel_id = (SELECT id FROM novel WHERE slug = 'leaving-las-vegas') AND position = 1), (SELECT id FROM reference WHERE code = 'enwiki-obrien-2010'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE novel_id = (SELECT id FROM novel WHERE slug = 'leaving-las-vegas') AND position = 1), (SELECT id FROM reference WHERE code = 'gaylord-dold-obrien'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE novel_id = (SELECT id FROM novel WHERE slug = 'leaving-las-vegas') AND position = 1), (SELECT id FROM reference WHERE code = 'ew-1995-11-10'), 3);
-- Autobiographical background
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE novel_id = (SELECT id FROM novel WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'enwiki-obrien-2010'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE novel_id = (SELECT id FROM novel WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'moviemaker-figgis'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE novel_id = (SELECT id FROM novel WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'dewiki-lvl-old'), 3);
-- Dedication
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE novel_id = (SELECT id FROM novel WHERE slug = 'leaving-las-vegas') AND position = 3), (SELECT id FROM reference WHERE code = 'enwiki-obrien-2010'), 1);
-- "Suicide note"
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE novel_id = (SELECT id FROM novel WHERE slug = 'leaving-las-vegas') AND position = 4), (SELECT id FROM reference WHERE code = 'enwiki-obrien-2010'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE novel_id = (SELECT id FROM novel WHERE slug = 'leaving-las-vegas') AND position = 4), (SELECT id FROM reference WHERE code = 'ew-1995-11-10'), 2);
-- Film adaptation
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE novel_id = (SELECT id FROM novel WHERE slug = 'leaving-las-vegas') AND position = 5), (SELECT id FROM reference WHERE code = 'dewiki-lvl-old'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE novel_id = (SELECT id FROM novel WHERE slug = 'leaving-las-vegas') AND position = 5), (SELECT id FROM reference WHERE code = 'tcm-81142'), 2);
-- Song title
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE novel_id = (SELECT id FROM novel WHERE slug = 'leaving-las-vegas') AND position = 6), (SELECT id FROM reference WHERE code = 'enwiki-song-current'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE novel_id = (SELECT id FROM novel WHERE slug = 'leaving-las-vegas') AND position = 6), (SELECT id FROM reference WHERE code = 'baerwald-laweekly-1996'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE novel_id = (SELECT id FROM novel WHERE slug = 'leaving-las-vegas') AND position = 6), (SELECT id FROM reference WHERE code = 'erin-obrien-2009'), 3);
-- Posthumous works
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE novel_id = (SELECT id FROM novel WHERE slug = 'leaving-las-vegas') AND position = 7), (SELECT id FROM reference WHERE code = 'enwiki-obrien-2010'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE novel_id = (SELECT id FROM novel WHERE slug = 'leaving-las-vegas') AND position = 7), (SELECT id FROM reference WHERE code = 'irish-america-1996-11'), 2);

-- ============================================================================
-- The film Leaving Las Vegas
-- ============================================================================

INSERT INTO film (slug, title, original_title, release_year, runtime_minutes, country, language, film_format, lead, plot, reception, novel_id, imdb_id, has_page) VALUES (
    'leaving-las-vegas',
    'Leaving Las Vegas',
    'Leaving Las Vegas',
    1995,
    111,
    'United States, France, United Kingdom',
    'English',
    'Super 16 mm',
    'Leaving Las Vegas is a multi-award-winning American drama film directed by Mike Figgis and released in 1995. The screenplay is based on the novel of the same name by John O''Brien; the film stars Elisabeth Shue and Nicolas Cage.',
    'Ben Sanderson, an alcoholic screenwriter who has failed both professionally and privately, burns all his belongings and decides to go to Las Vegas to drink himself to death. There he meets the prostitute Sera, with whom he soon forms an intense friendship, but one with special rules: Sera must not try to stop Ben from carrying out his plan. In return, Sera''s work is not to be an issue between the two. It is a deal that holds only on the surface. Despite the bleakness and hopelessness of both their prospects, a special kind of love grows between them, but in the end it cannot change the fact that Ben finally carries out his plan.',
    'In the opinion of most critics, the director succeeded with Leaving Las Vegas in creating an impressive psychodrama. Critics particularly praised the oppressively realistic portrayal of an alcoholic, for which Nicolas Cage received, among other honours, an Academy Award and a Golden Globe Award.',
    (SELECT id FROM novel WHERE slug = 'leaving-las-vegas'),
    'tt0113627',
    TRUE);

-- ============================================================================
-- Other films that appear in the award fields (no page of their own)
-- ============================================================================

INSERT INTO film (slug, title, has_page) VALUES ('mr-hollands-opus', 'Mr. Holland''s Opus', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('nixon', 'Nixon', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('dead-man-walking', 'Dead Man Walking', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('the-postman-il-postino', 'The Postman (Il Postino)', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('casino', 'Casino', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('the-bridges-of-madison-county', 'The Bridges of Madison County', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('sense-and-sensibility', 'Sense and Sensibility', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('braveheart', 'Braveheart', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('babe', 'Babe', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('apollo-13', 'Apollo 13', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('the-american-president', 'The American President', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('richard-iii', 'Richard III', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('the-addiction', 'The Addiction', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('living-in-oblivion', 'Living in Oblivion', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('safe', 'Safe', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('the-secret-of-roan-inish', 'The Secret of Roan Inish', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('nadja', 'Nadja', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('georgia', 'Georgia', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('little-odessa', 'Little Odessa', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('my-family-mi-familia', 'My Family (Mi Familia)', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('the-usual-suspects', 'The Usual Suspects', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('the-madness-of-king-george', 'The Madness of King George', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('carrington', 'Carrington', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('to-die-for', 'To Die For', FALSE);
INSERT INTO film (slug, title, has_page) VALUES ('trainspotting', 'Trainspotting', FALSE);

-- ============================================================================
-- Releases of Leaving Las Vegas
-- ============================================================================

INSERT INTO film_release (film_id, position, release_date, date_precision, region, description, reference_id) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 1, DATE '1995-09-01', 'MONTH', 'Canada', 'World premiere, Toronto International Film Festival', (SELECT id FROM reference WHERE code = 'rogerebert-cage-operatic'));
INSERT INTO film_release (film_id, position, release_date, date_precision, region, description, reference_id) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 2, DATE '1995-10-27', 'DAY', 'United States', 'United States, limited release', (SELECT id FROM reference WHERE code = 'enwiki-lvl-new'));
INSERT INTO film_release (film_id, position, release_date, date_precision, region, description, reference_id) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 3, DATE '1996-01-19', 'DAY', 'United Kingdom', NULL, (SELECT id FROM reference WHERE code = 'frwiki-lvl'));
INSERT INTO film_release (film_id, position, release_date, date_precision, region, description, reference_id) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 4, DATE '1996-02-09', 'DAY', 'United States', 'United States, wide release', (SELECT id FROM reference WHERE code = 'enwiki-lvl-new'));
INSERT INTO film_release (film_id, position, release_date, date_precision, region, description, reference_id) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 5, DATE '1996-03-01', 'DAY', 'Switzerland', NULL, (SELECT id FROM reference WHERE code = 'allaboutthemovies-2022'));
INSERT INTO film_release (film_id, position, release_date, date_precision, region, description, reference_id) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 6, DATE '1996-05-09', 'DAY', 'Germany', 'Germany, distributed by Filmwelt-Prokino', (SELECT id FROM reference WHERE code = 'kinokalender-733'));
INSERT INTO film_release (film_id, position, release_date, date_precision, region, description, reference_id) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 7, DATE '1996-11-07', 'DAY', 'Germany', 'Germany, video release by VPS', (SELECT id FROM reference WHERE code = 'djfl-108392'));

-- ============================================================================
-- Infobox facts of Leaving Las Vegas (crew comes from the credits)
-- ============================================================================

INSERT INTO fact (film_id, position, label, content, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 1, 'German title', 'Leaving Las Vegas (also: Leaving Las Vegas – Liebe bis in den Tod)', 'The older German Wikipedia revision gives the longer form as the German title, the newer one as an alternative title; djfl.de lists the cinema title as "Leaving Las Vegas".');
INSERT INTO fact (film_id, position, label, content, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 2, 'Runtime', '111 minutes', '111 min: newer English Wikipedia, OMDb, TMDB data, Lexikon des internationalen Films (filmdienst.de). 112 min (1 h 52 min): older English Wikipedia, TCM, Rotten Tomatoes (2014 page). 110 min: German cinema release (djfl.de, artechock.de). 107 min: German Wikipedia and the German TV version (fernsehserien.de).');
INSERT INTO fact (film_id, position, label, content, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 3, 'Country', 'United States, France, United Kingdom', 'Newer English Wikipedia, OMDb ("France, UK, USA") and kinokalender.com name all three countries; the older English Wikipedia and the German Wikipedia ("Produktionsland USA") give the United States only; djfl.de gives USA/France. According to taz, the money came from Europe.');
INSERT INTO fact (film_id, position, label, content, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 4, 'Language', 'English', 'OMDb lists "English, Russian".');
INSERT INTO fact (film_id, position, label, content, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 5, 'Film format', 'Super 16 mm; 35 mm blow-up prints, 1.85:1, Dolby', 'Shot with Figgis''s own second-hand Aaton Super 16 camera (MovieMaker). The print details come from a single source, a leokino.at programme note.');
INSERT INTO fact (film_id, position, label, content, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 6, 'Shooting period', 'About four weeks', 'Cage (GQ) speaks of "a four-week shoot"; Britannica says "in less than a month". The exact start date of principal photography is not known.');
INSERT INTO fact (film_id, position, label, content, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 7, 'Filming locations', 'Las Vegas; Laughlin, Nevada (casino interiors); Los Angeles', NULL);
INSERT INTO fact (film_id, position, label, content, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 8, 'Production companies', 'Initial Productions, Lumière Pictures', 'As listed by kinokalender.com; bjf.clubfilmothek.de lists "Lumière Pictures, Lila Cazes Prod.".');
INSERT INTO fact (film_id, position, label, content, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 9, 'Distributor', 'United Artists / MGM/UA Distribution Co. (United States); AFMD (France); Entertainment Film Distributors (United Kingdom); Filmwelt-Prokino (Germany); Lumière Pictures (international)', 'United Artists (older English Wikipedia, TCM, Los Angeles Times) was a label of MGM/UA (newer English Wikipedia), so the sources agree. German distributor per djfl.de and the FBW.');
INSERT INTO fact (film_id, position, label, content, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 10, 'Budget', '$3.5 million', 'Contemporary reports give $3.5 million (Los Angeles Times, 10 Jan 1996 and 25 Mar 1996; Cage in his Oscar speech as quoted by digitalhit.com). Other figures: $3.6 million (older English Wikipedia, TMDB data, prisma-online.de); $4 million (omdb.org, allaboutthemovies.org, lasvegasnewswire.com, an old Wikipedia revision: "$4,000,000 (estimated)"); "$3.5–4 million" (newer English Wikipedia).');
INSERT INTO fact (film_id, position, label, content, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 11, 'Box office', '$49.8 million worldwide', 'Newer English Wikipedia, TMDB data, lasvegasnewswire.com and prisma-online.de give $49.8 million; allaboutthemovies.org gives $49.8 million worldwide and $32.1 million in the USA and Canada. The older English Wikipedia gives $32,029,928, probably the US gross. A Polish news item (rmfclassic.pl) gives $32 million worldwide, which contradicts the others.');
INSERT INTO fact (film_id, position, label, content, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 12, 'MPAA rating', 'R', NULL);
INSERT INTO fact (film_id, position, label, content, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 13, 'FSK rating', 'FSK 16', 'filmdienst.de: "ab 16; f".');
INSERT INTO fact (film_id, position, label, content, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 14, 'FBW rating', 'Prädikat "wertvoll" (valuable)', NULL);
INSERT INTO fact (film_id, position, label, content, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 15, 'Other producer credits', 'Paige Simpson, Stuart Regen', 'kino.de lists "Produzent: Paige Simpson, Stuart Regen, Lila Cazès, Annie Stewart". Whether Simpson and Regen were executive producers is not known.');

-- German title
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 1), (SELECT id FROM reference WHERE code = 'djfl-108392'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 1), (SELECT id FROM reference WHERE code = 'dewiki-lvl-new'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 1), (SELECT id FROM reference WHERE code = 'dewiki-lvl-old'), 3);
-- Runtime
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'enwiki-lvl-new'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'omdb-tt0113627'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'tmdb-filmsnail-451'), 3);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'filmdienst-67621'), 4);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'enwiki-lvl-old'), 5);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'tcm-81142'), 6);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'rt-leaving-las-vegas'), 7);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'djfl-108392'), 8);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'artechock-lelave'), 9);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'dewiki-lvl-old'), 10);
-- Country
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 3), (SELECT id FROM reference WHERE code = 'enwiki-lvl-new'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 3), (SELECT id FROM reference WHERE code = 'omdb-tt0113627'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 3), (SELECT id FROM reference WHERE code = 'kinokalender-733'), 3);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 3), (SELECT id FROM reference WHERE code = 'enwiki-lvl-old'), 4);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 3), (SELECT id FROM reference WHERE code = 'dewiki-lvl-old'), 5);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 3), (SELECT id FROM reference WHERE code = 'djfl-108392'), 6);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 3), (SELECT id FROM reference WHERE code = 'taz-1458120'), 7);
-- Language
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 4), (SELECT id FROM reference WHERE code = 'enwiki-lvl-old'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 4), (SELECT id FROM reference WHERE code = 'dewiki-lvl-old'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 4), (SELECT id FROM reference WHERE code = 'omdb-tt0113627'), 3);
-- Film format
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 5), (SELECT id FROM reference WHERE code = 'enwiki-lvl-old'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 5), (SELECT id FROM reference WHERE code = 'dewiki-lvl-old'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 5), (SELECT id FROM reference WHERE code = 'moviemaker-figgis'), 3);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 5), (SELECT id FROM reference WHERE code = 'britannica-all-about-oscar'), 4);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 5), (SELECT id FROM reference WHERE code = 'leokino-programme'), 5);
-- Shooting period
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 6), (SELECT id FROM reference WHERE code = 'gq-cage'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 6), (SELECT id FROM reference WHERE code = 'britannica-all-about-oscar'), 2);
-- Filming locations
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 7), (SELECT id FROM reference WHERE code = 'tcm-81142'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 7), (SELECT id FROM reference WHERE code = 'movie-locations-lvl'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 7), (SELECT id FROM reference WHERE code = 'lvrj-turns-20'), 3);
-- Production companies
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 8), (SELECT id FROM reference WHERE code = 'kinokalender-733'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 8), (SELECT id FROM reference WHERE code = 'taz-1458120'), 2);
-- Distributor
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 9), (SELECT id FROM reference WHERE code = 'enwiki-lvl-old'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 9), (SELECT id FROM reference WHERE code = 'tcm-81142'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 9), (SELECT id FROM reference WHERE code = 'lat-1996-01-10'), 3);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 9), (SELECT id FROM reference WHERE code = 'enwiki-lvl-new'), 4);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 9), (SELECT id FROM reference WHERE code = 'djfl-108392'), 5);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 9), (SELECT id FROM reference WHERE code = 'fbw-lvl'), 6);
-- Budget
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 10), (SELECT id FROM reference WHERE code = 'lat-1996-01-10'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 10), (SELECT id FROM reference WHERE code = 's-lat2'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 10), (SELECT id FROM reference WHERE code = 'enwiki-lvl-old'), 3);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 10), (SELECT id FROM reference WHERE code = 'tmdb-popcorndb-451'), 4);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 10), (SELECT id FROM reference WHERE code = 'omdb-org-451'), 5);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 10), (SELECT id FROM reference WHERE code = 'allaboutthemovies-2022'), 6);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 10), (SELECT id FROM reference WHERE code = 'enwiki-lvl-new'), 7);
-- Box office
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 11), (SELECT id FROM reference WHERE code = 'enwiki-lvl-new'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 11), (SELECT id FROM reference WHERE code = 'tmdb-popcorndb-451'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 11), (SELECT id FROM reference WHERE code = 'allaboutthemovies-2022'), 3);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 11), (SELECT id FROM reference WHERE code = 'enwiki-lvl-old'), 4);
-- MPAA rating
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 12), (SELECT id FROM reference WHERE code = 'omdb-tt0113627'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 12), (SELECT id FROM reference WHERE code = 's-vh'), 2);
-- FSK rating
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 13), (SELECT id FROM reference WHERE code = 'dewiki-lvl-old'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 13), (SELECT id FROM reference WHERE code = 'djfl-108392'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 13), (SELECT id FROM reference WHERE code = 'artechock-lelave'), 3);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 13), (SELECT id FROM reference WHERE code = 'filmdienst-67621'), 4);
-- FBW rating
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 14), (SELECT id FROM reference WHERE code = 'fbw-lvl'), 1);
-- Other producer credits
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 15), (SELECT id FROM reference WHERE code = 'kino-de-film'), 1);

-- ============================================================================
-- Credits: crew
-- ============================================================================

INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'mike-figgis'), 'DIRECTOR', NULL, 1, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'mike-figgis'), 'SCREENPLAY', NULL, 1, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'lila-cazes'), 'PRODUCER', NULL, 1, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'annie-stewart'), 'PRODUCER', NULL, 2, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'mike-figgis'), 'COMPOSER', NULL, 1, NULL, 'Figgis also plays trumpet on the score. One English Wikipedia revision credits "Anthony Marinelli, Mike Figgis"; some German listings name Sting alongside Figgis, who sings three standards in the film.');
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'declan-quinn'), 'CINEMATOGRAPHER', NULL, 1, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'john-smith'), 'EDITOR', NULL, 1, NULL, NULL);

-- ============================================================================
-- Credits: cast, in the billing order of facts.md section 2
-- ============================================================================

INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'nicolas-cage'), 'CAST', 'Ben Sanderson', 1, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'elisabeth-shue'), 'CAST', 'Sera', 2, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'julian-sands'), 'CAST', 'Yuri', 3, NULL, 'An older English Wikipedia plot gives his surname as Butso, a Latvian pimp.');
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'richard-lewis'), 'CAST', 'Peter', 4, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'steven-weber'), 'CAST', 'Marc Nussbaum', 5, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'kim-adams'), 'CAST', 'Sheila', 6, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'emily-procter'), 'CAST', 'Debbie', 7, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'stuart-regen'), 'CAST', 'Man at Bar', 8, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'valeria-golino'), 'CAST', 'Terri', 9, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'graham-beckel'), 'CAST', 'L.A. Bartender', 10, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'albert-henderson'), 'CAST', 'Man at Strip Bar', 11, 'Al Henderson', NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'shashi-bhatia'), 'CAST', 'Hispanic Prostitute', 12, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'carey-lowell'), 'CAST', 'Bank Teller', 13, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'anne-lange'), 'CAST', 'Business Colleague', 14, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'thomas-kopache'), 'CAST', 'Mr. Simpson', 15, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'laurie-metcalf'), 'CAST', 'Landlady', 16, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'david-brisbin'), 'CAST', 'Landlord', 17, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'julian-lennon'), 'CAST', 'Bartender 3 in Biker Bar', 18, NULL, 'The wording of this credit differs across sites.');
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'lou-rawls'), 'CAST', 'Concerned Cabbie', 19, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'xander-berkeley'), 'CAST', 'Cynical Cabbie', 20, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'r-lee-ermey'), 'CAST', 'Conventioneer', 21, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'mariska-hargitay'), 'CAST', 'Hooker at Bar', 22, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'danny-huston'), 'CAST', 'Barman 2', 23, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'shawnee-smith'), 'CAST', 'Biker Girl', 24, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'ed-lauter'), 'CAST', 'Mobster 3', 25, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'mike-figgis'), 'CAST', 'Mobster 1', 26, NULL, 'Cameo by the director.');
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'bob-rafelson'), 'CAST', 'Man at Mall', 27, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'vincent-ward'), 'CAST', 'Businessman 1', 28, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'french-stewart'), 'CAST', 'Businessman 2', 29, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'lucinda-jenney'), 'CAST', 'Weird Woman', 30, NULL, NULL);
INSERT INTO credit (film_id, person_id, role, character_name, billing_order, credited_as, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'marc-coppola'), 'CAST', 'Dealer', 31, NULL, NULL);

-- ============================================================================
-- Trivia: items 1-3 are the source article's "Background and miscellaneous" list; 4-11 are further verified items
-- ============================================================================

INSERT INTO trivia (film_id, position, text, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 1, 'Leaving Las Vegas was shot on Super 16 mm film, a format that is highly unusual for Hollywood productions today.', NULL);
INSERT INTO trivia (film_id, position, text, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 2, 'John O''Brien''s novel, on which the film is based, draws on the author''s own experience of alcohol addiction. O''Brien took his own life at the age of 33, two weeks before the start of shooting of Leaving Las Vegas.', 'The autobiographical background and his age at death (33) are verified; Entertainment Weekly (1995) gives 34, contradicting its own dates. The timing is disputed. Best supported: he died on 10 April 1994, a few weeks after signing the contract for the film rights and shortly before the film went into preproduction (Entertainment Weekly, 10 Nov 1995; his sister Erin O''Brien; the Wikipedia biography of O''Brien, 2010: "two weeks after learning that his novel ... was to be made into a movie"). "Two weeks before the start of shooting" is the German Wikipedia''s wording. English Wikipedia revisions of about 2010 and 2016 say two weeks after production or principal photography began, which the dates contradict; Songfacts says a few months before shooting began.');
INSERT INTO trivia (film_id, position, text, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 3, 'Nicolas Cage got drunk to prepare for the role and had a friend film him so that he could learn how he spoke when drunk.', 'Only partly supported. Cage (GQ) says he hired the poet Tony Dingman as a "drinking coach" and was actually drunk for some scenes, such as the casino table-flip. Only a weak source (whatculture.com) says he videotaped himself drunk to study his slurred speech; that a friend filmed him is only loosely supported.');
INSERT INTO trivia (film_id, position, text, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 4, 'Stuart Regen found the out-of-print novel in a used bookshop and passed it on to Mike Figgis. Regen also appears in the film, as the Man at Bar.', NULL);
INSERT INTO trivia (film_id, position, text, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 5, 'United Artists bought the finished film for $1.5 million, and MGM/UA reportedly spent less than $2 million on marketing it in the United States.', 'The Las Vegas Advisor says instead that MGM bought the rights to the book for $1.5 million. The marketing figure comes from a single source (a digest of the English Wikipedia article).');
INSERT INTO trivia (film_id, position, text, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 6, 'The German dubbed version was made by Magma Synchron GmbH, with dialogue script and dubbing direction by Joachim Kunzendorf. Among the voices: Michael Christian (Nicolas Cage as Ben Sanderson), Arianne Borbach (Elisabeth Shue as Sera), Martin Keßler (Julian Sands as Yuri), Jörg Hengstler (Richard Lewis as Peter), Ralph Beckmann (Steven Weber as Marc Nussbaum) and Natascha Rybakowski (Kim Adams as Sheila).', 'Only the first six rows of the dubbing table could be read; the other German voices are not known.');
INSERT INTO trivia (film_id, position, text, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 7, 'Besides its Academy Award, Golden Globe, Independent Spirit and BAFTA nominations, the film won critics'' awards: from the New York Film Critics Circle (Best Film, Best Actor for Cage), the National Board of Review (Best Actor for Cage), the Los Angeles Film Critics Association (Best Picture, Best Actor for Cage, Best Actress for Shue, Best Director for Figgis; Figgis was runner-up for screenplay) and the National Society of Film Critics (Best Actor for Cage, Best Actress for Shue, Best Director for Figgis). Cage won the Screen Actors Guild Award for Best Actor, for which Shue was also nominated; Figgis was nominated by the Directors Guild of America, and the screenplay by the Writers Guild of America.', 'The National Society of Film Critics awards come from VideoHound only. moviemonitor.com (not checked further) also lists Best Actor awards for Cage from the Boston Society of Film Critics (1995), the Chicago Film Critics Association (1996) and the Chlotrudis Awards (1996).');
INSERT INTO trivia (film_id, position, text, note) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 8, 'On Rotten Tomatoes the film has a critics'' score of 91%, and on Metacritic a score of 82 out of 100.', 'Both figures come from snapshots of unknown date (OMDb record; allaboutthemovies.org, 2022, for Metacritic). lasvegasnewswire.com (undated) gives 92% from critics and 85% from audiences on Rotten Tomatoes.');

-- trivia 1
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 1), (SELECT id FROM reference WHERE code = 'dewiki-lvl-old'), 1);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 1), (SELECT id FROM reference WHERE code = 'dewiki-lvl-en'), 2);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 1), (SELECT id FROM reference WHERE code = 'enwiki-lvl-old'), 3);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 1), (SELECT id FROM reference WHERE code = 'moviemaker-figgis'), 4);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 1), (SELECT id FROM reference WHERE code = 'britannica-all-about-oscar'), 5);
-- trivia 2
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'dewiki-lvl-old'), 1);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'dewiki-lvl-en'), 2);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'ew-1995-11-10'), 3);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'erin-obrien-edrants'), 4);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'enwiki-obrien-2010'), 5);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'irish-america-1996-11'), 6);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'enwiki-lvl-2010'), 7);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'enwiki-lvl-old'), 8);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'songfacts-lvl'), 9);
-- trivia 3
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 3), (SELECT id FROM reference WHERE code = 'dewiki-lvl-old'), 1);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 3), (SELECT id FROM reference WHERE code = 'dewiki-lvl-en'), 2);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 3), (SELECT id FROM reference WHERE code = 'gq-cage'), 3);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 3), (SELECT id FROM reference WHERE code = 'whatculture-cage'), 4);
-- trivia 4
-- trivia 5
-- trivia 6
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 4), (SELECT id FROM reference WHERE code = 'tcm-81142'), 1);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 4), (SELECT id FROM reference WHERE code = 'imdb-tt0113627'), 2);
-- trivia 7
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 5), (SELECT id FROM reference WHERE code = 'lat-1996-01-10'), 1);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 5), (SELECT id FROM reference WHERE code = 'wikisum-lvl'), 2);
-- trivia 8
-- trivia 9
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 6), (SELECT id FROM reference WHERE code = 'dewiki-lvl-new'), 1);
-- trivia 10
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 7), (SELECT id FROM reference WHERE code = 'chicago-tribune-1995-12-15'), 1);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 7), (SELECT id FROM reference WHERE code = 'lat-1995-12-17'), 2);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 7), (SELECT id FROM reference WHERE code = 's-vh'), 3);
-- trivia 11
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 8), (SELECT id FROM reference WHERE code = 'omdb-tt0113627'), 1);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 8), (SELECT id FROM reference WHERE code = 'rt-leaving-las-vegas'), 2);
INSERT INTO trivia_reference (trivia_id, reference_id, position) VALUES ((SELECT id FROM trivia WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 8), (SELECT id FROM reference WHERE code = 'allaboutthemovies-2022'), 3);

-- ============================================================================
-- Critic reviews: the four quotes of the source article, in its order (quotes word for word)
-- ============================================================================

INSERT INTO critic_review (film_id, publication_id, reference_id, position, critic, quote, issue, published_on, article_title, original_language, original_text, note) VALUES (
    (SELECT id FROM film WHERE slug = 'leaving-las-vegas'),
    (SELECT id FROM publication WHERE slug = 'lexikon-des-internationalen-films'),
    (SELECT id FROM reference WHERE code = 'filmdienst-67621'),
    1,
    NULL,
    'An unadorned inventory of human ability to suffer and love, in which documentation and poetry meet in a depressing and unsettling description of existential borderline situations. In its uncompromising consistency, for some viewers a film that is certainly difficult to bear, which refuses moral categorization and instead invites reflection on individual fates. - Worth seeing.',
    NULL,
    NULL,
    NULL,
    'de',
    'Eine unbeschönigte Bestandsaufnahme menschlicher Leidens- und Liebesfähigkeit, in der sich Dokumentation und Poesie zu einer ebenso deprimierenden wie beunruhigenden Beschreibung existenzieller Grenzsituationen treffen. In seiner kompromißlosen Konsequenz für manchen Zuschauer ein sicher schwer erträglicher Film, der sich moralischer Kategorisierung verweigert und statt dessen zur Reflexion über individuelle Schicksale einlädt. - Sehenswert ab 16.',
    'German original verified on filmdienst.de (the quote leaves out the entry''s first, plot sentence). filmdienst.de prints the verdict as "Sehenswert ab 16"; the English text renders it "Worth seeing". Filmmuseum Düsseldorf quotes the same text without the verdict, citing the print edition (fd, Filmjahr 1996, p. 208). The author of the entry is not named.');
INSERT INTO critic_review (film_id, publication_id, reference_id, position, critic, quote, issue, published_on, article_title, original_language, original_text, note) VALUES (
    (SELECT id FROM film WHERE slug = 'leaving-las-vegas'),
    (SELECT id FROM publication WHERE slug = 'der-spiegel'),
    (SELECT id FROM reference WHERE code = 'spiegel-1996-17'),
    2,
    'Urs Jenny',
    '[The movie] does not promise any kind of salvation. It shows the frenzy and the delirium, it shows the smacking, the gurgling, the trembling, the gagging, the drooling, the throwing up, and with all this it lets the man experience a love story on the way to death, the horror of having to die strangely transfigured and transformed. The enormity of this love gives the film its pull, its magic, its shocking power. [... The] music emphasizes that here you are telling a story full of nostalgia, that you sing the song of the loser again, celebrate the lonely downfall, the romance of self-destruction.',
    '17/1996',
    NULL,
    NULL,
    'de',
    NULL,
    'Original German text not found; quoted in the English translation of the German Wikipedia article. The review''s German title, date and URL are unverified.');
INSERT INTO critic_review (film_id, publication_id, reference_id, position, critic, quote, issue, published_on, article_title, original_language, original_text, note) VALUES (
    (SELECT id FROM film WHERE slug = 'leaving-las-vegas'),
    (SELECT id FROM publication WHERE slug = 'die-zeit'),
    (SELECT id FROM reference WHERE code = 'zeit-1996-20'),
    3,
    NULL,
    'The pictures show this condition as a natural obsession: As if it were about the passionate enjoyment of a person at archery or at the tea ceremony. They are images on the verge of madness, but poetized in a way as if they offer moments of the highest sensual pleasure. [...] Why the two do what they do, the film does not answer. [...] In their moments together, however, a solemn peace shimmers. [...] The city is, emphasized coarse-grained and recorded with a shaking hand camera, staged like a supermarket of civilization, like a richly filled chamber that only offers the space to self-destruct in peace and comfort.',
    '20/1996',
    DATE '1996-05-10',
    NULL,
    'de',
    NULL,
    'The review is online at zeit.de (issue and date from its URL), but the quoted German passages lie beyond the part that could be read; quoted in the English translation of the German Wikipedia article. The author and headline given in that article''s reference could not be verified and are not shown.');
INSERT INTO critic_review (film_id, publication_id, reference_id, position, critic, quote, issue, published_on, article_title, original_language, original_text, note) VALUES (
    (SELECT id FROM film WHERE slug = 'leaving-las-vegas'),
    (SELECT id FROM publication WHERE slug = 'kino-de'),
    (SELECT id FROM reference WHERE code = 'kino-de-film'),
    4,
    NULL,
    '''Leaving Las Vegas'' is not a forgiving drama, but an irreconcilable delirium. Great cinema because it''s about life, even when it''s about death.',
    NULL,
    NULL,
    NULL,
    'de',
    NULL,
    'Quoted in the English translation of the German Wikipedia article. The matching German wording ("Leaving Las Vegas" ist kein versoehnliches Drama, sondern unversoehnliches Delirium. Grosses Kino, weil es vom Leben handelt, auch wenn es um den Tod geht.) was found only in a Uni Ulm student-cinema programme of 1998/99, which does not credit kino.de; the visible part of the kino.de page does not show it.');

-- ============================================================================
-- Web links
-- ============================================================================

INSERT INTO web_link (film_id, position, site, label, url, external_id) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 1, 'IMDb', 'Leaving Las Vegas in the Internet Movie Database', 'https://www.imdb.com/title/tt0113627/', 'tt0113627');
INSERT INTO web_link (film_id, position, site, label, url, external_id) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 2, 'Rotten Tomatoes', 'Leaving Las Vegas at Rotten Tomatoes', 'https://www.rottentomatoes.com/m/leaving_las_vegas', 'leaving_las_vegas');
INSERT INTO web_link (film_id, position, site, label, url, external_id) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 3, 'TCM', 'Leaving Las Vegas in the TCM Movie Database', 'https://tcm.com/tcmdb/title/81142/wd', '81142');
INSERT INTO web_link (film_id, position, site, label, url, external_id) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 4, 'filmdienst.de', 'Leaving Las Vegas in the Lexikon des internationalen Films', 'https://www.filmdienst.de/film/details/67621/leaving-las-vegas', '67621');
INSERT INTO web_link (film_id, position, site, label, url, external_id) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 5, 'kino.de', 'Leaving Las Vegas at kino.de', 'https://www.kino.de/film/leaving-las-vegas-1995/', NULL);
INSERT INTO web_link (film_id, position, site, label, url, external_id) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 6, 'Wikipedia (German)', 'Leaving Las Vegas in the German Wikipedia', 'https://de.wikipedia.org/wiki/Leaving_Las_Vegas', NULL);
INSERT INTO web_link (film_id, position, site, label, url, external_id) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 7, 'Die Zeit', 'Review in Die Zeit, No. 20/1996', 'https://www.zeit.de/1996/20/vegas.txt.19960510.xml', NULL);
