-- A temporary table for the rows of a Ghost members CSV the shell imports.
CREATE TEMP TABLE raw (ghost_id TEXT, email TEXT, name TEXT, note TEXT, subscribed_to_emails TEXT,
    complimentary_plan TEXT, stripe_customer_id TEXT, created_at TEXT, deleted_at TEXT, labels TEXT, tiers TEXT);
