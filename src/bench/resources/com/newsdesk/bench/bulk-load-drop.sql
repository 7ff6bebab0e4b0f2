-- What Newsdesk's bulk load drops before the rows go in: the secondary indexes and the count and name-search
-- triggers (bulk-load-rebuild.sql makes them again). The unique address index stays.
DROP INDEX subscribers_status; DROP INDEX subscribers_source; DROP INDEX subscribers_created;
DROP INDEX subscriber_labels_label;
DROP TRIGGER subscribers_count_insert; DROP TRIGGER subscribers_search_insert;
