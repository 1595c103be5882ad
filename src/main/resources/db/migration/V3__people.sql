-- V3: people.
-- has_page = TRUE for everyone credited on Leaving Las Vegas, the novel's author,
-- the song's performer and writers, and everyone with a nomination for the film;
-- FALSE for nominees from other films. Dates only where facts.md verifies them.

-- ============================================================================
-- The novelist
-- ============================================================================

INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('john-obrien', 'John O''Brien', 'O''Brien, John', DATE '1960-05-21', 'Oxford, Ohio', DATE '1994-04-10', 'Beverly Hills, California', 'Author of the semi-autobiographical novel Leaving Las Vegas (1990), which draws on his own alcoholism and was adapted into the 1995 film. He took his own life in April 1994, a few weeks after signing the contract for the film rights.', TRUE);

-- ============================================================================
-- Leaving Las Vegas: crew
-- ============================================================================

INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('mike-figgis', 'Mike Figgis', 'Figgis, Mike', NULL, NULL, NULL, NULL, 'Writer and director of Leaving Las Vegas, which he adapted from John O''Brien''s novel. He also composed the score, on which he plays trumpet, and appears in the film in a cameo as Mobster 1.', TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('lila-cazes', 'Lila Cazès', 'Cazès, Lila', NULL, NULL, NULL, NULL, 'Producer of Leaving Las Vegas, with Annie Stewart.', TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('annie-stewart', 'Annie Stewart', 'Stewart, Annie', NULL, NULL, NULL, NULL, 'Producer of Leaving Las Vegas, with Lila Cazès.', TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('declan-quinn', 'Declan Quinn', 'Quinn, Declan', NULL, NULL, NULL, NULL, 'Cinematographer of Leaving Las Vegas, for which he won the Independent Spirit Award for Best Cinematography.', TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('john-smith', 'John Smith', 'Smith, John', NULL, NULL, NULL, NULL, 'Editor of Leaving Las Vegas.', TRUE);

-- ============================================================================
-- Leaving Las Vegas: cast (Mike Figgis, who has a cameo, is listed with the crew)
-- ============================================================================

INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('nicolas-cage', 'Nicolas Cage', 'Cage, Nicolas', NULL, NULL, NULL, NULL, 'Played the alcoholic screenwriter Ben Sanderson in Leaving Las Vegas, winning the Academy Award for Best Actor and the Golden Globe Award for Best Actor – Motion Picture Drama.', TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('elisabeth-shue', 'Elisabeth Shue', 'Shue, Elisabeth', NULL, NULL, NULL, NULL, 'Played Sera in Leaving Las Vegas, winning the Independent Spirit Award for Best Female Lead and receiving Academy Award, Golden Globe and BAFTA nominations.', TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('julian-sands', 'Julian Sands', 'Sands, Julian', NULL, NULL, NULL, NULL, 'Played Yuri, the pimp, in Leaving Las Vegas.', TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('richard-lewis', 'Richard Lewis', 'Lewis, Richard', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('steven-weber', 'Steven Weber', 'Weber, Steven', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('kim-adams', 'Kim Adams', 'Adams, Kim', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('emily-procter', 'Emily Procter', 'Procter, Emily', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('stuart-regen', 'Stuart Regen', 'Regen, Stuart', NULL, NULL, NULL, NULL, 'Found the out-of-print novel Leaving Las Vegas in a used bookshop and passed it to Mike Figgis. He plays the Man at Bar in the film, and kino.de lists him among its producers.', TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('valeria-golino', 'Valeria Golino', 'Golino, Valeria', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('graham-beckel', 'Graham Beckel', 'Beckel, Graham', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('albert-henderson', 'Albert Henderson', 'Henderson, Albert', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('shashi-bhatia', 'Shashi Bhatia', 'Bhatia, Shashi', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('carey-lowell', 'Carey Lowell', 'Lowell, Carey', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('anne-lange', 'Anne Lange', 'Lange, Anne', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('thomas-kopache', 'Thomas Kopache', 'Kopache, Thomas', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('laurie-metcalf', 'Laurie Metcalf', 'Metcalf, Laurie', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('david-brisbin', 'David Brisbin', 'Brisbin, David', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('julian-lennon', 'Julian Lennon', 'Lennon, Julian', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('lou-rawls', 'Lou Rawls', 'Rawls, Lou', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('xander-berkeley', 'Xander Berkeley', 'Berkeley, Xander', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('r-lee-ermey', 'R. Lee Ermey', 'Ermey, R. Lee', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('mariska-hargitay', 'Mariska Hargitay', 'Hargitay, Mariska', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('danny-huston', 'Danny Huston', 'Huston, Danny', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('shawnee-smith', 'Shawnee Smith', 'Smith, Shawnee', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('ed-lauter', 'Ed Lauter', 'Lauter, Ed', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('bob-rafelson', 'Bob Rafelson', 'Rafelson, Bob', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('vincent-ward', 'Vincent Ward', 'Ward, Vincent', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('french-stewart', 'French Stewart', 'Stewart, French', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('lucinda-jenney', 'Lucinda Jenney', 'Jenney, Lucinda', NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('marc-coppola', 'Marc Coppola', 'Coppola, Marc', NULL, NULL, NULL, NULL, NULL, TRUE);

-- ============================================================================
-- The song "Leaving Las Vegas": performer and writers
-- ============================================================================

INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('sheryl-crow', 'Sheryl Crow', 'Crow, Sheryl', NULL, NULL, NULL, NULL, 'Sings "Leaving Las Vegas", the 1994 single from her debut album Tuesday Night Music Club (A&M, 1993), and is one of the song''s six credited writers.', TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('david-baerwald', 'David Baerwald', 'Baerwald, David', NULL, NULL, NULL, NULL, 'Co-writer of Sheryl Crow''s "Leaving Las Vegas". He was a friend of John O''Brien, his neighbour in Venice, California, and took the song''s title from O''Brien''s novel.', TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('bill-bottrell', 'Bill Bottrell', 'Bottrell, Bill', NULL, NULL, NULL, NULL, 'Producer of Sheryl Crow''s album Tuesday Night Music Club and of its song "Leaving Las Vegas", which he co-wrote.', TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('kevin-gilbert', 'Kevin Gilbert', 'Gilbert, Kevin', NULL, NULL, NULL, NULL, 'One of the six credited writers of Sheryl Crow''s "Leaving Las Vegas".', TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('brian-macleod', 'Brian MacLeod', 'MacLeod, Brian', NULL, NULL, NULL, NULL, 'One of the six credited writers of Sheryl Crow''s "Leaving Las Vegas".', TRUE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('david-ricketts', 'David Ricketts', 'Ricketts, David', NULL, NULL, NULL, NULL, 'One of the six credited writers of Sheryl Crow''s "Leaving Las Vegas".', TRUE);

-- ============================================================================
-- Nominees for other films in the award categories of Leaving Las Vegas (no page)
-- ============================================================================

INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('richard-dreyfuss', 'Richard Dreyfuss', 'Dreyfuss, Richard', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('anthony-hopkins', 'Anthony Hopkins', 'Hopkins, Anthony', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('sean-penn', 'Sean Penn', 'Penn, Sean', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('massimo-troisi', 'Massimo Troisi', 'Troisi, Massimo', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('susan-sarandon', 'Susan Sarandon', 'Sarandon, Susan', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('sharon-stone', 'Sharon Stone', 'Stone, Sharon', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('meryl-streep', 'Meryl Streep', 'Streep, Meryl', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('emma-thompson', 'Emma Thompson', 'Thompson, Emma', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('mel-gibson', 'Mel Gibson', 'Gibson, Mel', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('chris-noonan', 'Chris Noonan', 'Noonan, Chris', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('tim-robbins', 'Tim Robbins', 'Robbins, Tim', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('michael-radford', 'Michael Radford', 'Radford, Michael', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('william-broyles-jr', 'William Broyles Jr.', 'Broyles, William, Jr.', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('al-reinert', 'Al Reinert', 'Reinert, Al', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('george-miller', 'George Miller', 'Miller, George', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('anna-pavignano', 'Anna Pavignano', 'Pavignano, Anna', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('furio-scarpelli', 'Furio Scarpelli', 'Scarpelli, Furio', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('giacomo-scarpelli', 'Giacomo Scarpelli', 'Scarpelli, Giacomo', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('ron-howard', 'Ron Howard', 'Howard, Ron', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('ang-lee', 'Ang Lee', 'Lee, Ang', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('rob-reiner', 'Rob Reiner', 'Reiner, Rob', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('martin-scorsese', 'Martin Scorsese', 'Scorsese, Martin', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('ian-mckellen', 'Ian McKellen', 'McKellen, Ian', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('michael-almereyda', 'Michael Almereyda', 'Almereyda, Michael', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('ulu-grosbard', 'Ulu Grosbard', 'Grosbard, Ulu', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('todd-haynes', 'Todd Haynes', 'Haynes, Todd', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('john-sayles', 'John Sayles', 'Sayles, John', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('jennifer-jason-leigh', 'Jennifer Jason Leigh', 'Leigh, Jennifer Jason', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('elina-lowensohn', 'Elina Löwensohn', 'Löwensohn, Elina', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('julianne-moore', 'Julianne Moore', 'Moore, Julianne', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('lili-taylor', 'Lili Taylor', 'Taylor, Lili', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('tim-roth', 'Tim Roth', 'Roth, Tim', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('jimmy-smits', 'Jimmy Smits', 'Smits, Jimmy', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('tom-richmond', 'Tom Richmond', 'Richmond, Tom', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('newton-thomas-sigel', 'Newton Thomas Sigel', 'Sigel, Newton Thomas', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('christopher-mcquarrie', 'Christopher McQuarrie', 'McQuarrie, Christopher', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('nigel-hawthorne', 'Nigel Hawthorne', 'Hawthorne, Nigel', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('jonathan-pryce', 'Jonathan Pryce', 'Pryce, Jonathan', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('nicole-kidman', 'Nicole Kidman', 'Kidman, Nicole', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('helen-mirren', 'Helen Mirren', 'Mirren, Helen', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('john-hodge', 'John Hodge', 'Hodge, John', NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO person (slug, name, sort_name, birth_date, birth_place, death_date, death_place, summary, has_page) VALUES ('alan-bennett', 'Alan Bennett', 'Bennett, Alan', NULL, NULL, NULL, NULL, NULL, FALSE);

-- ============================================================================
-- Facts about John O'Brien
-- ============================================================================

INSERT INTO fact (person_id, position, label, content, note) VALUES ((SELECT id FROM person WHERE slug = 'john-obrien'), 1, 'Born', '21 May 1960, Oxford, Ohio', 'David Baerwald (L.A. Weekly, 1996) writes that he and O''Brien were born "a few days apart" in July 1960 in a small Ohio town; the date given here follows the Wikipedia biography (2010 revision).');
INSERT INTO fact (person_id, position, label, content, note) VALUES ((SELECT id FROM person WHERE slug = 'john-obrien'), 2, 'Died', '10 April 1994, Beverly Hills (suicide with a gunshot)', 'Esquire (25th-anniversary piece, read via a mirror) adds that he died alone in a Beverly Hills apartment.');
INSERT INTO fact (person_id, position, label, content, note) VALUES ((SELECT id FROM person WHERE slug = 'john-obrien'), 3, 'Age at death', '33', 'Consistent with his dates (21 May 1960 – 10 April 1994). Entertainment Weekly (10 Nov 1995) calls him "O''Brien, 34", which contradicts its own dates and is probably an error.');
INSERT INTO fact (person_id, position, label, content, note) VALUES ((SELECT id FROM person WHERE slug = 'john-obrien'), 4, 'Death and the film', 'He died a few weeks after signing the contract for the film rights to Leaving Las Vegas, before the film went into preproduction.', 'Best-supported version (Entertainment Weekly, 10 Nov 1995: "shortly before the film version ... began preproduction"; his sister Erin O''Brien: "a few weeks after he had signed a contract committing his first novel ... to film"; Wikipedia biography, 2010: "two weeks after learning that his novel ... was to be made into a movie"). Other versions: German Wikipedia: two weeks before shooting began; English Wikipedia around 2010 and 2016: two weeks after production or principal photography began (contradicted by the dates); current English Wikipedia: after signing away the film rights; Songfacts: a few months before shooting began.');
INSERT INTO fact (person_id, position, label, content, note) VALUES ((SELECT id FROM person WHERE slug = 'john-obrien'), 5, 'Family', 'His sister Erin O''Brien completed his posthumous novel The Assault on Tony''s; he dedicated Leaving Las Vegas to his wife Lisa (née Kirkwood).', 'The dedication is from a single source (Wikipedia biography, 2010 revision).');

-- Born
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 1), (SELECT id FROM reference WHERE code = 'enwiki-obrien-2010'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 1), (SELECT id FROM reference WHERE code = 'baerwald-laweekly-1996'), 2);
-- Died
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 2), (SELECT id FROM reference WHERE code = 'enwiki-obrien-2010'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 2), (SELECT id FROM reference WHERE code = 'ew-1995-11-10'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 2), (SELECT id FROM reference WHERE code = 'irish-america-1996-11'), 3);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 2), (SELECT id FROM reference WHERE code = 'esquire-obrien'), 4);
-- Age at death
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 3), (SELECT id FROM reference WHERE code = 'dewiki-lvl-old'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 3), (SELECT id FROM reference WHERE code = 'irish-america-1996-11'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 3), (SELECT id FROM reference WHERE code = 'esquire-obrien'), 3);
-- Death and the film
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 4), (SELECT id FROM reference WHERE code = 'ew-1995-11-10'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 4), (SELECT id FROM reference WHERE code = 'erin-obrien-edrants'), 2);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 4), (SELECT id FROM reference WHERE code = 'enwiki-obrien-2010'), 3);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 4), (SELECT id FROM reference WHERE code = 'dewiki-lvl-old'), 4);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 4), (SELECT id FROM reference WHERE code = 'enwiki-lvl-2010'), 5);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 4), (SELECT id FROM reference WHERE code = 'enwiki-lvl-old'), 6);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 4), (SELECT id FROM reference WHERE code = 'enwiki-lvl-new'), 7);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 4), (SELECT id FROM reference WHERE code = 'songfacts-lvl'), 8);
-- Family
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 5), (SELECT id FROM reference WHERE code = 'enwiki-obrien-2010'), 1);
INSERT INTO fact_reference (fact_id, reference_id, position) VALUES ((SELECT id FROM fact WHERE person_id = (SELECT id FROM person WHERE slug = 'john-obrien') AND position = 5), (SELECT id FROM reference WHERE code = 'irish-america-1996-11'), 2);
