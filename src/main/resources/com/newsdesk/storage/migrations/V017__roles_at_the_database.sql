-- Schema 17 holds nothing new in a newsroom file: its staff roles are enforced by Newsdesk alone (one person, one
-- file). On a shared newsroom the same number gives each staff member a PostgreSQL login of their own and lets the
-- server enforce what each role may do (migrations/postgres/V017__roles_at_the_database.sql).
CREATE TABLE IF NOT EXISTS newsdesk_no_change_17 (x INTEGER);
DROP TABLE newsdesk_no_change_17;
