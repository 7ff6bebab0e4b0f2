-- The table the shell's .import fills in the bare peer of import-subscribers.
CREATE TABLE subscribers (email TEXT, name TEXT, labels TEXT);
