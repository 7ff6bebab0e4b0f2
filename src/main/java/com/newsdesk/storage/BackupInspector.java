package com.newsdesk.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import com.newsdesk.domain.BackupFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a file offered as a newsroom to restore before anything is replaced: an SQLite file, marked as Newsdesk's,
 * of a schema this Newsdesk knows, whole ({@code integrity_check} and {@code foreign_key_check} pass). It is read
 * without being changed.
 */
public final class BackupInspector {
    private BackupInspector() {}

    /** Checks the file; a refusal says what is wrong with it in newsroom terms. */
    public static BackupFile inspect(Path candidate) {
        Path file = candidate.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new StorageException("Cannot restore " + file + ": there is no such file.");
        }
        Database.checkLooksLikeSqlite(file);
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = org.sqlite.JDBC.createConnection("jdbc:sqlite:" + file,
                config.toProperties())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA trusted_schema = OFF"); // its schema is not known to be ours yet
            }
            int version = Database.pragmaInt(connection, "user_version");
            if (Database.pragmaInt(connection, "application_id") != Database.APPLICATION_ID || version == 0) {
                throw new StorageException("Cannot restore " + file + ": it is not a Newsdesk database.");
            }
            if (version > Database.latestSchemaVersion()) {
                throw new StorageException("Cannot restore " + file + ": it was written by a newer Newsdesk (schema "
                        + version + "; this one knows up to " + Database.latestSchemaVersion() + ").");
            }
            schemaDifference(schemaOf(connection), expectedSchema(version)).ifPresent(difference -> {
                throw new StorageException("Cannot restore " + file + ": " + difference + ". A Newsdesk newsroom holds"
                        + " exactly Newsdesk's own tables, indexes and triggers; nothing was changed.");
            });
            List<String> problems = lines(connection, "PRAGMA integrity_check");
            if (!problems.equals(List.of("ok"))) {
                throw new StorageException("Cannot restore " + file + ": the file is damaged (" + problems.get(0)
                        + (problems.size() > 1 ? " and " + (problems.size() - 1) + " more problems" : "") + ").");
            }
            List<String> orphans = lines(connection, "PRAGMA foreign_key_check");
            if (!orphans.isEmpty()) {
                throw new StorageException("Cannot restore " + file + ": the file is damaged (" + orphans.size()
                        + " rows refer to rows that are missing, first in table " + orphans.get(0) + ").");
            }
            return new BackupFile(file, version, Files.getLastModifiedTime(file).toInstant(),
                    count(connection, "articles"), count(connection, "comments"), count(connection, "subscribers"));
        } catch (SQLException e) {
            throw new StorageException("Cannot restore " + file + ": the file is damaged or unreadable.", e);
        } catch (java.io.IOException e) {
            throw new StorageException("Cannot restore " + file + ": " + e.getMessage(), e);
        }
    }

    /** SQLite's own statistics tables, which ANALYZE and {@code PRAGMA optimize} make in any newsroom. */
    private static final java.util.Set<String> STATISTICS = java.util.Set.of("table sqlite_stat1", "table sqlite_stat4");
    private static final java.util.Map<Integer, java.util.Map<String, String>> EXPECTED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Every table, index, trigger and view: "type name" → its SQL with white space folded. */
    static java.util.Map<String, String> schemaOf(Connection connection) throws SQLException {
        java.util.Map<String, String> objects = new java.util.TreeMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT type, name, sql FROM sqlite_schema")) {
            while (rows.next()) {
                String sql = rows.getString(3);
                objects.put(rows.getString(1) + " " + rows.getString(2),
                        sql == null ? "" : sql.strip().replaceAll("\\s+", " "));
            }
        }
        return objects;
    }

    /** The schema that Newsdesk's migrations 1 to {@code version} make, built once in memory. */
    static java.util.Map<String, String> expectedSchema(int version) {
        return EXPECTED.computeIfAbsent(version, v -> {
            try (Connection memory = org.sqlite.JDBC.createConnection("jdbc:sqlite::memory:",
                    new java.util.Properties()); Statement statement = memory.createStatement()) {
                for (int step = 1; step <= v; step++) {
                    statement.executeUpdate(Migrations.script(step));
                }
                return schemaOf(memory);
            } catch (SQLException e) {
                throw new IllegalStateException("Newsdesk's own migrations did not run in memory", e);
            }
        });
    }

    /** The first object that is extra, missing or different, in words; empty when the two agree. */
    static java.util.Optional<String> schemaDifference(java.util.Map<String, String> found,
            java.util.Map<String, String> expected) {
        for (var object : found.entrySet()) {
            if (STATISTICS.contains(object.getKey())) {
                continue;
            }
            String wanted = expected.get(object.getKey());
            if (wanted == null) {
                return java.util.Optional.of("it holds the " + object.getKey() + ", which is not Newsdesk's");
            }
            if (!wanted.equals(object.getValue())) {
                return java.util.Optional.of("its " + object.getKey() + " is not defined as Newsdesk defines it");
            }
        }
        for (String object : expected.keySet()) {
            if (!found.containsKey(object)) {
                return java.util.Optional.of("the " + object + " is missing");
            }
        }
        return java.util.Optional.empty();
    }

    private static List<String> lines(Connection connection, String pragma) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(pragma)) {
            while (rows.next() && lines.size() < 100) {
                lines.add(rows.getString(1));
            }
        }
        return lines;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }
}
