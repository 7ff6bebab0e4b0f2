package com.newsdesk.storage;

import java.util.Optional;

/** Newsroom-wide settings: one text value per key. */
public final class SettingsRepository {
    private final Transaction tx;

    SettingsRepository(Transaction tx) {
        this.tx = tx;
    }

    public Optional<String> get(String key) {
        return Queries.first(tx, "SELECT value FROM settings WHERE key = ?", statement -> statement.setString(1, key),
                row -> row.getString(1));
    }

    public void put(String key, String value) {
        Queries.execute(tx, "INSERT INTO settings (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
    }
}
