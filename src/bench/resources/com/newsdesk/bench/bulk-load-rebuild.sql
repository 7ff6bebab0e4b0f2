-- After a bulk load, as Newsdesk does it: the counts and the name index rebuilt once, the dropped indexes and
-- triggers made again.
INSERT INTO status_counts (table_name, status, n)
SELECT 'subscribers', status, count(*) FROM subscribers GROUP BY status;
INSERT INTO subscribers_search (subscribers_search) VALUES ('rebuild');
CREATE INDEX subscribers_status ON subscribers (status, id);
CREATE INDEX subscribers_source ON subscribers (source, id);
CREATE INDEX subscribers_created ON subscribers (created_at, id);
CREATE INDEX subscriber_labels_label ON subscriber_labels (label_id);
CREATE TRIGGER subscribers_count_insert AFTER INSERT ON subscribers BEGIN
    INSERT INTO status_counts (table_name, status, n) VALUES ('subscribers', new.status, 1)
        ON CONFLICT (table_name, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER subscribers_search_insert AFTER INSERT ON subscribers BEGIN
    INSERT INTO subscribers_search (rowid, name) VALUES (new.id, new.name);
END;
