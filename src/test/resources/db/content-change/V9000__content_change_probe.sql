-- Test-only migration standing in for a content change: ContentVersionTests applies it on top of the real
-- migrations and expects a different content version.
UPDATE film SET reception = reception WHERE slug = 'leaving-las-vegas';
