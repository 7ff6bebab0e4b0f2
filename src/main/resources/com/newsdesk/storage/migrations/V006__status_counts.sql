-- Rows per status of the big tables, kept by triggers, so that queue counts and the status bar read a few rows
-- instead of counting a million.
CREATE TABLE status_counts (
    table_name TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (table_name, status)
) WITHOUT ROWID;

INSERT INTO status_counts (table_name, status, n) SELECT 'comments', status, count(*) FROM comments GROUP BY status;
INSERT INTO status_counts (table_name, status, n) SELECT 'subscribers', status, count(*) FROM subscribers GROUP BY status;

CREATE TRIGGER comments_count_insert AFTER INSERT ON comments BEGIN
    INSERT INTO status_counts (table_name, status, n) VALUES ('comments', new.status, 1)
        ON CONFLICT (table_name, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER comments_count_delete AFTER DELETE ON comments BEGIN
    UPDATE status_counts SET n = n - 1 WHERE table_name = 'comments' AND status = old.status;
END;
CREATE TRIGGER comments_count_update AFTER UPDATE OF status ON comments WHEN old.status <> new.status BEGIN
    UPDATE status_counts SET n = n - 1 WHERE table_name = 'comments' AND status = old.status;
    INSERT INTO status_counts (table_name, status, n) VALUES ('comments', new.status, 1)
        ON CONFLICT (table_name, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER subscribers_count_insert AFTER INSERT ON subscribers BEGIN
    INSERT INTO status_counts (table_name, status, n) VALUES ('subscribers', new.status, 1)
        ON CONFLICT (table_name, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER subscribers_count_delete AFTER DELETE ON subscribers BEGIN
    UPDATE status_counts SET n = n - 1 WHERE table_name = 'subscribers' AND status = old.status;
END;
CREATE TRIGGER subscribers_count_update AFTER UPDATE OF status ON subscribers WHEN old.status <> new.status BEGIN
    UPDATE status_counts SET n = n - 1 WHERE table_name = 'subscribers' AND status = old.status;
    INSERT INTO status_counts (table_name, status, n) VALUES ('subscribers', new.status, 1)
        ON CONFLICT (table_name, status) DO UPDATE SET n = n + 1;
END;
