-- As raw-newsdesk-into-schema.sql, from a Ghost members CSV (labels separated by commas).
INSERT INTO subscribers (email, name, status, source, subscribed_at, created_at, updated_at)
SELECT email, name, CASE subscribed_to_emails WHEN 'true' THEN 'subscribed' ELSE 'unsubscribed' END, 'ghost',
       created_at, created_at, created_at
  FROM raw;
CREATE TEMP TABLE raw_labels AS
SELECT s.id AS subscriber_id, trim(j.value) AS name
  FROM raw JOIN subscribers s ON lower(s.email) = lower(raw.email),
       json_each('["' || replace(raw.labels, ',', '","') || '"]') j
 WHERE raw.labels <> '' AND trim(j.value) <> '';
INSERT OR IGNORE INTO labels (name) SELECT DISTINCT name FROM raw_labels;
INSERT OR IGNORE INTO subscriber_labels (subscriber_id, label_id)
SELECT r.subscriber_id, l.id FROM raw_labels r JOIN labels l ON lower(l.name) = lower(r.name);
