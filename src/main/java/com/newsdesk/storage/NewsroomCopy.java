package com.newsdesk.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Copies every table of one newsroom into another, empty one, whatever their engines (a file onto a server, a server
 * into a file): rows stream from one read snapshot of the source into one write transaction of the destination, so
 * the destination holds all of it or nothing. Search indexes and status counts follow by the destination's own
 * triggers.
 */
public final class NewsroomCopy {
    /** Every table with rows of its own, parents before children (foreign keys are deferred anyway). */
    static final List<String> TABLES = List.of("staff", "audit_log", "settings", "comment_rules", "articles", "tags",
            "article_tags", "article_revisions", "article_edits", "article_corrections", "article_pending",
            "article_trash", "comments", "comment_edits", "labels", "subscribers", "subscriber_labels",
            "suppressed_emails", "blocked_subscriber_domains", "writing_dictionary", "writing_ignored_rules",
            "style_rules", "offline_copies", "article_checkouts", "offline_returns", "article_conflicts",
            "offline_copy", "offline_articles", "offline_comments", "sites", "site_posts", "site_comments");
    private static final int BATCH = 1_000;

    private NewsroomCopy() {}

    /** Whether the newsroom holds no row in any of its tables: the only kind a copy goes into. */
    public static boolean isEmpty(Database database) {
        return database.read(tx -> {
            for (String table : TABLES) {
                if (Queries.count(tx, "SELECT count(*) FROM (SELECT 1 FROM " + table + " LIMIT 1) AS any_row",
                        Queries.NONE) > 0) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Rows per table, in {@link #TABLES} order. */
    public static Map<String, Long> rowCounts(Database database) {
        return database.read(tx -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, Queries.count(tx, "SELECT count(*) FROM " + table, Queries.NONE));
            }
            return counts;
        });
    }

    /** What a copy wrote: rows per table, and on a server the staff logins it had to make (without passwords). */
    public record Copied(Map<String, Long> rows, List<String> loginsMade) {}

    /**
     * Copies {@code from} into {@code to} (which the caller checked is empty); {@code progress} hears each table and
     * its rows copied.
     */
    public static Copied copy(Database from, Database to, BiConsumer<String, Long> progress) {
        Copied copied = to.bulkWrite(target -> from.read(source -> {
            target.deferForeignKeys();
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : TABLES) {
                rows.put(table, copyTable(source, target, table, progress));
            }
            // On a server every account is a login of its own (the accounts arrive in the same transaction).
            List<String> logins = target.dialect() == Dialect.POSTGRES ? target.logins().ensureAll() : List.of();
            return new Copied(rows, logins);
        }));
        to.refreshStatistics(true);
        return copied;
    }

    private static long copyTable(Transaction source, Transaction target, String table,
            BiConsumer<String, Long> progress) {
        return Transaction.run(() -> {
            long rows = 0;
            try (PreparedStatement select = source.prepareUncached("SELECT * FROM " + table)) {
                select.setFetchSize(BATCH);
                try (ResultSet result = select.executeQuery()) {
                    List<String> columns = columns(result.getMetaData());
                    String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                            + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
                    try (PreparedStatement into = target.prepareUncached(insert)) {
                        while (result.next()) {
                            for (int i = 0; i < columns.size(); i++) {
                                into.setObject(i + 1, result.getObject(columns.get(i)));
                            }
                            into.addBatch();
                            if (++rows % BATCH == 0) {
                                into.executeBatch();
                                progress.accept(table, rows);
                            }
                        }
                        into.executeBatch();
                    }
                }
            }
            progress.accept(table, rows);
            return rows;
        });
    }

    /** The server's search column, made by the server from the others: never copied. */
    private static final java.util.Set<String> GENERATED = java.util.Set.of("search");

    /** The table's own columns: not the server's generated search column. */
    private static List<String> columns(ResultSetMetaData meta) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnName(i);
            if (!GENERATED.contains(name)) {
                columns.add(name);
            }
        }
        return columns;
    }
}
