-- V15: the Screen Actors Guild Awards, an award body whose film categories V16 loads from its data set.
INSERT INTO award (slug, name, short_name, presenter, description, position)
VALUES ('screen-actors-guild-awards', 'Screen Actors Guild Awards', 'SAG Awards', 'Screen Actors Guild (SAG-AFTRA)',
        NULL, 5);

UPDATE award SET editions_held = 32, first_held = 1995,
    data_set = 'the "Screen Actors Guild Awards" data set by Raphael Fontes',
    data_set_url = 'https://www.kaggle.com/datasets/unanimad/screen-actors-guild-awards',
    data_origin = 'sagawards.org', data_origin_url = 'https://www.sagawards.org/',
    data_scope = 'Film categories and the Life Achievement Award; the television categories are left out.'
  WHERE slug = 'screen-actors-guild-awards';
