package com.newsdesk.storage;

/** The SQL engine a newsroom lives in: its own SQLite file, or a shared PostgreSQL database. */
public enum Dialect {
    SQLITE,
    POSTGRES
}
