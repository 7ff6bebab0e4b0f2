-- The settings Newsdesk's connection has during a bulk load, given to the shell first (changing temp_store drops
-- the temporary tables, so this comes before the rows are imported).
PRAGMA cache_size = -64000;
PRAGMA temp_store = MEMORY;
