-- Searching names by words (or their starts), accents ignored, without reading a million rows. External content:
-- the names live in subscribers; triggers keep the index in step.
CREATE VIRTUAL TABLE subscribers_search USING fts5 (
    name,
    content = 'subscribers',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO subscribers_search (subscribers_search) VALUES ('rebuild');

CREATE TRIGGER subscribers_search_insert AFTER INSERT ON subscribers BEGIN
    INSERT INTO subscribers_search (rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER subscribers_search_delete AFTER DELETE ON subscribers BEGIN
    INSERT INTO subscribers_search (subscribers_search, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER subscribers_search_update AFTER UPDATE OF name ON subscribers BEGIN
    INSERT INTO subscribers_search (subscribers_search, rowid, name) VALUES ('delete', old.id, old.name);
    INSERT INTO subscribers_search (rowid, name) VALUES (new.id, new.name);
END;
