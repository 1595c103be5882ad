-- Flyway runs this after every migration run that applied something: the planner's statistics of every table, taken
-- at once. The migrations load the award data sets in bulk (tens of thousands of rows), and PostgreSQL's autovacuum
-- analyzes such tables only some time later, if at all before the first readers arrive. Without statistics the
-- planner takes every table for a few dozen rows: a person's nominations were read by scanning all of them (19 ms
-- instead of 1.7 ms, EXPLAIN ANALYZE), and the pool's connections keep such a plan (the postgres profile plans each
-- statement once per connection). H2 keeps statistics too, read when it chooses an index.
ANALYZE;
