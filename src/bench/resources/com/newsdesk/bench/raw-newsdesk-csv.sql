-- A temporary table for the rows of our own subscriber CSV (export-subscribers --format csv) the shell imports.
CREATE TEMP TABLE raw (email TEXT, name TEXT, status TEXT, labels TEXT, source TEXT, subscribed_at TEXT,
    unsubscribed_at TEXT, created_at TEXT, updated_at TEXT, note TEXT, attributes TEXT);
