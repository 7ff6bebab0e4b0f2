-- Erasure must leave nothing behind. FTS5 normally records a deletion as a marker and keeps the deleted words in
-- its segments until they merge; 'secure-delete' removes them at once. The rebuild clears the words of people
-- erased before this migration.
INSERT INTO subscribers_search (subscribers_search, rank) VALUES ('secure-delete', 1);
INSERT INTO subscribers_search (subscribers_search) VALUES ('rebuild');
