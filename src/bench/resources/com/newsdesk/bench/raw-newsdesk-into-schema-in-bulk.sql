-- SQLite's floor for import-subscribers from our own subscriber CSV: the shell moving the rows it imported into
-- Newsdesk's schema with the steps Newsdesk's own bulk load takes (the settings in bulk-load-settings.sql, the secondary indexes and the
-- count and name-search triggers dropped during the load, counts and the name index rebuilt once, the indexes made
-- again), labels included, in one transaction. No checks: no address validation, no duplicates, no suppression.
BEGIN;
DROP INDEX subscribers_status; DROP INDEX subscribers_source; DROP INDEX subscribers_created;
DROP INDEX subscriber_labels_label;
DROP TRIGGER subscribers_count_insert; DROP TRIGGER subscribers_search_insert;
INSERT INTO subscribers (email, name, status, source, subscribed_at, unsubscribed_at, created_at, updated_at)
SELECT email, name, status, source, nullif(subscribed_at, ''), nullif(unsubscribed_at, ''), created_at, updated_at
  FROM raw;
INSERT OR IGNORE INTO labels (name) SELECT DISTINCT j.value FROM raw, json_each(raw.labels) j;
INSERT INTO subscriber_labels (subscriber_id, label_id)
SELECT s.id, l.id FROM raw JOIN subscribers s ON lower(s.email) = lower(raw.email), json_each(raw.labels) j
  JOIN labels l ON lower(l.name) = lower(j.value);
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
COMMIT;
