package com.newsdesk.storage;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A table of unique names (tags, labels) whose ids are looked up or created as names arrive. */
final class NameTable {
    private final Transaction tx;
    private final String table;
    private final Map<String, Long> ids = new HashMap<>();

    NameTable(Transaction tx, String table) {
        this.tx = tx;
        this.table = table;
    }

    long idOf(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Long cached = ids.get(key);
        if (cached != null) {
            return cached;
        }
        Transaction.run(() -> {
            var insert = tx.prepare("INSERT INTO " + table + " (name) VALUES (?) ON CONFLICT DO NOTHING");
            insert.setString(1, name);
            insert.executeUpdate();
            return null;
        });
        long id = Queries.first(tx, "SELECT id FROM " + table + " WHERE lower(name) = lower(?)",
                statement -> statement.setString(1, name), row -> row.getLong(1)).orElseThrow();
        ids.put(key, id);
        return id;
    }
}
