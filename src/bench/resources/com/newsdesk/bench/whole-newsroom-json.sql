-- The peer of `export`: the sqlite3 shell writing every article, comment and subscriber as JSON.
SELECT * FROM articles; SELECT * FROM comments; SELECT * FROM subscribers;
