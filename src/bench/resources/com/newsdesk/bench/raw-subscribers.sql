-- A temporary table for the rows of a CSV file the shell imports.
CREATE TEMP TABLE raw (email TEXT, name TEXT, labels TEXT);
