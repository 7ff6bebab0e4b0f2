-- Failed sign-ins in a row, kept in the file so that every process (window or command line) sees the same count.
ALTER TABLE staff ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN last_failed_sign_in_at TEXT;
