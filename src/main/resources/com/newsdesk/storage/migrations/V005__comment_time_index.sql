-- The "All" queue pages through every comment in submission order; this index serves it (by key and by offset).
CREATE INDEX comments_time ON comments (submitted_at, id);
