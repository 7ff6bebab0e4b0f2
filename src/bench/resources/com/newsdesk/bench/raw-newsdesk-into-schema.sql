-- The rows of our own subscriber CSV, imported by the shell into the temporary table raw, moved into Newsdesk's
-- schema with their labels (the peer's work; the caller wraps it in one transaction, as is or in bulk-load steps).
-- No checks: no address validation, no duplicates, no suppression.
INSERT INTO subscribers (email, name, status, source, subscribed_at, unsubscribed_at, created_at, updated_at,
    note, attributes)
SELECT email, name, status, source, nullif(subscribed_at, ''), nullif(unsubscribed_at, ''), created_at, updated_at,
    note, attributes
  FROM raw;
INSERT OR IGNORE INTO labels (name) SELECT DISTINCT j.value FROM raw, json_each(raw.labels) j;
INSERT INTO subscriber_labels (subscriber_id, label_id)
SELECT s.id, l.id FROM raw JOIN subscribers s ON lower(s.email) = lower(raw.email), json_each(raw.labels) j
  JOIN labels l ON lower(l.name) = lower(j.value);
