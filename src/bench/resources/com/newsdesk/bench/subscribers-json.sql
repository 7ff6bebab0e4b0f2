-- The peer of `export-subscribers --format json`: the bare table as the shell writes it.
SELECT * FROM subscribers;
