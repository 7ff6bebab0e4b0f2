-- An article search ranks every match (ts_rank reads its search vector): 1,506 matches of "rain traffic" among
-- 20,000 articles. Stored the default way, the vector went to the TOAST table whenever the row was long, so the
-- ranking fetched it from there, twice a match (the recheck, then the rank): 5,100 buffers for 1,300 rows. MAIN keeps
-- it in the row and moves the long text columns out first (the ranking 7.0 → 3.4 ms, the whole search 11.5 → 7 ms).
ALTER TABLE articles ALTER COLUMN search SET STORAGE MAIN;
-- Rows keep the storage they were written with: rewriting each one (the same values) stores it anew. The statement
-- triggers on articles see no change of status and send one notice.
UPDATE articles SET headline = headline;
