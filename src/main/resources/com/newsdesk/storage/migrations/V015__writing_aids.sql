-- Writing aids (issue 20): the newsroom's dictionary and ignored rules, shared by every seat, and its house style.
CREATE TABLE writing_dictionary (
    word TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE TABLE writing_ignored_rules (
    rule TEXT NOT NULL PRIMARY KEY,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE TABLE style_rules (
    id INTEGER PRIMARY KEY,
    avoid TEXT NOT NULL UNIQUE COLLATE NOCASE,
    prefer TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
