package com.newsdesk.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
            int version = Database.pragmaInt(connection, "user_version");
            if (Database.pragmaInt(connection, "application_id") != Database.APPLICATION_ID || version == 0) {
                throw new StorageException("Cannot restore " + file + ": it is not a Newsdesk database.");
            }
            if (version > Database.latestSchemaVersion()) {
                throw new StorageException("Cannot restore " + file + ": it was written by a newer Newsdesk (schema "
                        + version + "; this one knows up to " + Database.latestSchemaVersion() + ").");
            }
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
            throw new StorageException("Cannot restore " + file + ": the file is damaged or unreadable ("
                    + e.getMessage() + ").", e);
        } catch (java.io.IOException e) {
            throw new StorageException("Cannot restore " + file + ": " + e.getMessage(), e);
        }
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
