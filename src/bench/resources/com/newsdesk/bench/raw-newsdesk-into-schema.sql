-- The peer of import-subscribers: the shell moving the rows it imported into Newsdesk's schema as it stands (its
-- unique address index, its other indexes, the count and name-search triggers), labels included, in one
-- transaction, with the shell's default settings. No checks: no address validation, no duplicates, no suppression.
BEGIN;
INSERT INTO subscribers (email, name, status, source, subscribed_at, unsubscribed_at, created_at, updated_at)
SELECT email, name, status, source, nullif(subscribed_at, ''), nullif(unsubscribed_at, ''), created_at, updated_at
  FROM raw;
INSERT OR IGNORE INTO labels (name) SELECT DISTINCT j.value FROM raw, json_each(raw.labels) j;
INSERT INTO subscriber_labels (subscriber_id, label_id)
SELECT s.id, l.id FROM raw JOIN subscribers s ON lower(s.email) = lower(raw.email), json_each(raw.labels) j
  JOIN labels l ON lower(l.name) = lower(j.value);
COMMIT;
