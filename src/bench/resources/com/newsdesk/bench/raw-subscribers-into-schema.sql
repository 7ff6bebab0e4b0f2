-- The fairer peer of import-subscribers: rows the shell imported into a temporary table, moved into Newsdesk's
-- schema (its indexes and triggers), without labels or checks.
INSERT INTO subscribers (email, name, status, source, subscribed_at, created_at, updated_at)
SELECT email, name, 'subscribed', 'import', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
FROM raw;
