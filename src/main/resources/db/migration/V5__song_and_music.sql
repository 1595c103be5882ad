-- V5: the song "Leaving Las Vegas" (Sheryl Crow) and the music in the film.

-- ============================================================================
-- The song
-- ============================================================================

INSERT INTO song (slug, title, performer_id, album, label, release_year, length_seconds, summary, novel_id) VALUES ('leaving-las-vegas', 'Leaving Las Vegas', (SELECT id FROM person WHERE slug = 'sheryl-crow'), 'Tuesday Night Music Club', 'A&M', 1994, 310, '"Leaving Las Vegas" is sung by Sheryl Crow. It was released as a single in 1994 from her debut album Tuesday Night Music Club (A&M, 1993), produced by Bill Bottrell, and reached No. 60 on the US Billboard Hot 100. Its title comes from John O''Brien''s 1990 novel: O''Brien was a friend of the song''s co-writer David Baerwald, his neighbour in Venice, California. The song is not on the soundtrack album of the 1995 film, and no source says it is heard in the film.', (SELECT id FROM novel WHERE slug = 'leaving-las-vegas'));

-- ============================================================================
-- Songwriters, in the order of the current English Wikipedia
-- ============================================================================

INSERT INTO song_writer (song_id, person_id, position) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'david-baerwald'), 1);
INSERT INTO song_writer (song_id, person_id, position) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'bill-bottrell'), 2);
INSERT INTO song_writer (song_id, person_id, position) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'sheryl-crow'), 3);
INSERT INTO song_writer (song_id, person_id, position) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'kevin-gilbert'), 4);
INSERT INTO song_writer (song_id, person_id, position) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'brian-macleod'), 5);
INSERT INTO song_writer (song_id, person_id, position) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), (SELECT id FROM person WHERE slug = 'david-ricketts'), 6);

-- ============================================================================
-- Chart peaks (1994), from the Italian Wikipedia
-- ============================================================================

INSERT INTO chart_position (song_id, chart, peak, chart_year, position, reference_id) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), 'US Billboard Hot 100', 60, 1994, 1, (SELECT id FROM reference WHERE code = 'itwiki-song'));
INSERT INTO chart_position (song_id, chart, peak, chart_year, position, reference_id) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), 'US Billboard Modern Rock Tracks', 8, 1994, 2, (SELECT id FROM reference WHERE code = 'itwiki-song'));
INSERT INTO chart_position (song_id, chart, peak, chart_year, position, reference_id) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), 'UK Singles Chart', 66, 1994, 3, (SELECT id FROM reference WHERE code = 'itwiki-song'));
INSERT INTO chart_position (song_id, chart, peak, chart_year, position, reference_id) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), 'Canada RPM', 29, 1994, 4, (SELECT id FROM reference WHERE code = 'itwiki-song'));

-- ============================================================================
-- Facts about the song
-- ============================================================================

INSERT INTO fact (song_id, position, label, content, note) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), 1, 'Single release', '1994', 'The exact date differs: 4 April 1994 in the current English Wikipedia; 18 June 1994 in an older English Wikipedia revision and the Italian Wikipedia ("18 giugno 1994").');
INSERT INTO fact (song_id, position, label, content, note) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), 2, 'Album', 'Tuesday Night Music Club, Sheryl Crow''s debut album, released on 3 August 1993 by A&M', NULL);
INSERT INTO fact (song_id, position, label, content, note) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), 3, 'Producer', 'Bill Bottrell', NULL);
INSERT INTO fact (song_id, position, label, content, note) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), 4, 'B-sides', '"The Na-Na Song" and "Reach Around Jerk" (US 7-inch single)', NULL);
INSERT INTO fact (song_id, position, label, content, note) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), 5, 'Songwriters', 'David Baerwald, Bill Bottrell, Sheryl Crow, Kevin Gilbert, Brian MacLeod, David Ricketts', 'An older English Wikipedia revision says "written by David Baerwald"; Songfacts names Bottrell, Baerwald, Gilbert and Ricketts; an Ultimate Classic Rock piece (republished by naijanews) says it was "primarily written by Baerwald".');
INSERT INTO fact (song_id, position, label, content, note) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), 6, 'Charts', 'US Billboard Hot 100: 60; US Modern Rock Tracks: 8; UK: 66; Canada (RPM): 29', 'The English Wikipedia lead says "top 75 US / top 30 Canada" in one revision and "top 60 US" in another. Songfacts: "Charted: 66 60".');
INSERT INTO fact (song_id, position, label, content, note) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), 7, 'Link to the novel', 'The title comes from John O''Brien''s 1990 novel Leaving Las Vegas. O''Brien and the co-writer David Baerwald were friends and neighbours in Venice, California; Baerwald asked O''Brien about using the title, and O''Brien agreed provided he got credit at some point. His name never appeared with the song.', NULL);
INSERT INTO fact (song_id, position, label, content, note) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), 8, 'Letterman appearance', 'Crow performed the song on the Late Show with David Letterman in 1994 and, asked by Letterman, said it was (sort of) autobiographical. This angered Baerwald and the other members of the Tuesday Night Music Club; according to his sister, O''Brien "was furious".', 'Her answer is reported as "sort of" (current English Wikipedia) or "Uh, yes, actually. I''ve never lived there." (Uproxx). The date of the appearance is not known.');
INSERT INTO fact (song_id, position, label, content, note) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), 9, 'O''Brien''s suicide', 'According to O''Brien''s family, the Letterman episode "was by no means the reason" he killed himself; Wikipedia agrees.', 'An old Songfacts page claimed that O''Brien killed himself three weeks after the Letterman show and "blamed Crow"; the current Songfacts page dropped this, and his family contradicts it.');
INSERT INTO fact (song_id, position, label, content, note) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), 10, 'Promotion', 'According to her father''s notes, A&M bought about 470 copies of O''Brien''s novel in 1993 to promote the song.', 'Single source: Erin O''Brien''s blog.');
INSERT INTO fact (song_id, position, label, content, note) VALUES ((SELECT id FROM song WHERE slug = 'leaving-las-vegas'), 11, 'In the film', 'The song is not on the soundtrack album of the film Leaving Las Vegas (its 25 tracks contain no recording by Sheryl Crow), and no source says it is heard in the film.', NULL);

-- Single release
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 1), (SELECT id FROM reference WHERE code = 'enwiki-song-current'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 1), (SELECT id FROM reference WHERE code = 'enwiki-song-old'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 1), (SELECT id FROM reference WHERE code = 'itwiki-song'), 3);
-- Album
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'enwiki-tnmc'), 1);
-- Producer
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 3), (SELECT id FROM reference WHERE code = 'enwiki-tnmc'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 3), (SELECT id FROM reference WHERE code = 'enwiki-song-current'), 2);
-- B-sides
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 4), (SELECT id FROM reference WHERE code = 'enwiki-song-old'), 1);
-- Songwriters
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 5), (SELECT id FROM reference WHERE code = 'enwiki-song-current'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 5), (SELECT id FROM reference WHERE code = 'enwiki-song-old'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 5), (SELECT id FROM reference WHERE code = 'songfacts-lvl'), 3);
-- Charts
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 6), (SELECT id FROM reference WHERE code = 'itwiki-song'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 6), (SELECT id FROM reference WHERE code = 'songfacts-lvl'), 2);
-- Link to the novel
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 7), (SELECT id FROM reference WHERE code = 'enwiki-song-current'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 7), (SELECT id FROM reference WHERE code = 'baerwald-laweekly-1996'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 7), (SELECT id FROM reference WHERE code = 'erin-obrien-2009'), 3);
-- Letterman appearance
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 8), (SELECT id FROM reference WHERE code = 'enwiki-song-current'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 8), (SELECT id FROM reference WHERE code = 'uproxx-crow-letterman'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 8), (SELECT id FROM reference WHERE code = 'erin-obrien-2009'), 3);
-- O'Brien's suicide
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 9), (SELECT id FROM reference WHERE code = 'erin-obrien-2009'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 9), (SELECT id FROM reference WHERE code = 'enwiki-song-current'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 9), (SELECT id FROM reference WHERE code = 'songfacts-old-1769'), 3);
-- Promotion
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 10), (SELECT id FROM reference WHERE code = 'erin-obrien-2009'), 1);
-- In the film
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 11), (SELECT id FROM reference WHERE code = 'buch-musik-film-b000024ueb'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE song_id = (SELECT id FROM song WHERE slug = 'leaving-las-vegas') AND position = 11), (SELECT id FROM reference WHERE code = 'wsvnradio-soundtrack'), 2);

-- ============================================================================
-- Music in the film Leaving Las Vegas
-- ============================================================================

INSERT INTO film_music (film_id, position, kind, title, performer, person_id, description) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 1, 'SCORE', NULL, 'Mike Figgis', (SELECT id FROM person WHERE slug = 'mike-figgis'), 'Figgis also plays trumpet on the score. According to his own programme note, it was largely improvised in London on a small budget, with the singer Maggie Nichols.');
INSERT INTO film_music (film_id, position, kind, title, performer, person_id, description) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 2, 'SONG', 'Angel Eyes', 'Sting', NULL, 'The first of three standards Sting sings in the film (with the next two), recorded at his house and produced by Mike Figgis.');
INSERT INTO film_music (film_id, position, kind, title, performer, person_id, description) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 3, 'SONG', 'My One and Only Love', 'Sting', NULL, NULL);
INSERT INTO film_music (film_id, position, kind, title, performer, person_id, description) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 4, 'SONG', 'It''s a Lonesome Old Town', 'Sting', NULL, NULL);
INSERT INTO film_music (film_id, position, kind, title, performer, person_id, description) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 5, 'SONG', 'Come Rain or Come Shine', 'Don Henley', NULL, NULL);
INSERT INTO film_music (film_id, position, kind, title, performer, person_id, description) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 6, 'SONG', 'I Won''t Be Going South for a While', 'The Palladinos', NULL, NULL);
INSERT INTO film_music (film_id, position, kind, title, performer, person_id, description) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 7, 'SONG', 'Ridiculous', 'Nicolas Cage', (SELECT id FROM person WHERE slug = 'nicolas-cage'), 'Credited to Nicolas Cage on the soundtrack album.');
INSERT INTO film_music (film_id, position, kind, title, performer, person_id, description) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 8, 'SONG', NULL, 'Michael McDonald', NULL, 'A vocal by Michael McDonald ("lonely teardrops", as Die Zeit puts it) plays while Ben burns his belongings. The sources do not give the song''s title.');
INSERT INTO film_music (film_id, position, kind, title, performer, person_id, description) VALUES ((SELECT id FROM film WHERE slug = 'leaving-las-vegas'), 9, 'ALBUM', NULL, NULL, NULL, 'The soundtrack album has 25 tracks that mix the score, the songs and dialogue from the film. Labels vary by edition: a 1995 CD on IRS / Pangaea-IRS (cat. 36071), a 1996 cassette on Capitol and a 2000 CD reissue on Ark 21 (as listed by AllMusic); an Italian CD on A&M (13 February 1996); wsvnradio.net credits Lumière/MGM Records, 1995. It reached No. 1 on the Billboard jazz albums chart (AllMusic: "a number one jazz album"; 18 weeks at No. 1 in 1996 according to wsvnradio.net, a single source). Sheryl Crow''s song "Leaving Las Vegas" is not on it.');

-- music 1: score
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 1), (SELECT id FROM reference WHERE code = 'jimff-figgis'), 1);
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 1), (SELECT id FROM reference WHERE code = 'jazzweek-allmusic'), 2);
-- music 2: Angel Eyes
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'jazzweek-allmusic'), 1);
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'jimff-figgis'), 2);
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 2), (SELECT id FROM reference WHERE code = 'buch-musik-film-b000024ueb'), 3);
-- music 3: My One and Only Love
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 3), (SELECT id FROM reference WHERE code = 'jazzweek-allmusic'), 1);
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 3), (SELECT id FROM reference WHERE code = 'jimff-figgis'), 2);
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 3), (SELECT id FROM reference WHERE code = 'buch-musik-film-b000024ueb'), 3);
-- music 4: It's a Lonesome Old Town
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 4), (SELECT id FROM reference WHERE code = 'jazzweek-allmusic'), 1);
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 4), (SELECT id FROM reference WHERE code = 'jimff-figgis'), 2);
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 4), (SELECT id FROM reference WHERE code = 'buch-musik-film-b000024ueb'), 3);
-- music 5: Come Rain or Come Shine
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 5), (SELECT id FROM reference WHERE code = 'buch-musik-film-b000024ueb'), 1);
-- music 6: I Won't Be Going South for a While
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 6), (SELECT id FROM reference WHERE code = 'buch-musik-film-b000024ueb'), 1);
-- music 7: Ridiculous
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 7), (SELECT id FROM reference WHERE code = 'buch-musik-film-b000024ueb'), 1);
-- music 8: song
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 8), (SELECT id FROM reference WHERE code = 'zeit-1996-20'), 1);
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 8), (SELECT id FROM reference WHERE code = 'lvrj-turns-20'), 2);
-- music 9: album
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 9), (SELECT id FROM reference WHERE code = 'jazzweek-allmusic'), 1);
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 9), (SELECT id FROM reference WHERE code = 'buch-musik-film-b000024ueb'), 2);
INSERT INTO film_music_reference (film_music_id, reference_id, position) VALUES ((SELECT id FROM film_music WHERE film_id = (SELECT id FROM film WHERE slug = 'leaving-las-vegas') AND position = 9), (SELECT id FROM reference WHERE code = 'wsvnradio-soundtrack'), 3);
