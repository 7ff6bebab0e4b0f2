package com.newsdesk.storage.postgres;

import com.newsdesk.storage.NewsroomAddress;
import com.newsdesk.storage.StorageException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A shared newsroom's schema: made in an empty database (in one transaction), checked in one that has it, and never
 * laid over a database holding anything else.
 */
public final class ServerSchema {
    /** The schema the baseline script makes; migrations after it come in pairs, one per engine. */
    public static final int BASELINE = 15;
    private static final long SCHEMA_LOCK = 0x4E44534BL + 1;

    private ServerSchema() {}

    /** Checks (and, for {@code create}, makes) the schema; {@code latest} is the version this Newsdesk knows. */
    public static void prepare(Connection connection, NewsroomAddress.Server server, boolean create, int latest)
            throws SQLException {
        connection.setAutoCommit(false);
        Integer found = null;
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")"); // two seats running init at once
            checkLocale(statement, server);
            Integer version = version(statement);
            found = version;
            if (version == null) {
                long tables = count(statement, "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                        + " ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p')");
                if (tables > 0) {
                    throw new StorageException(server.describe() + " holds " + tables + " tables of another application,"
                            + " not a Newsdesk newsroom; it was left untouched. Name an empty database.");
                }
                if (!create) {
                    throw new StorageException("There is no newsroom in " + server.describe() + " (the database is"
                            + " empty). Create one with 'newsdesk init --db " + url(server) + "'.");
                }
                statement.execute(com.newsdesk.storage.Migrations.serverBaseline());
                migrate(statement, BASELINE, latest);
            } else if (version > latest) {
                throw new StorageException(server.describe() + " was written by a newer Newsdesk (schema " + version
                        + "; this Newsdesk knows up to schema " + latest + "). Update Newsdesk to open it; the newsroom"
                        + " was left untouched.");
            } else if (version < BASELINE) {
                throw new StorageException(server.describe() + " has an unknown Newsdesk schema " + version
                        + "; it was left untouched.");
            } else {
                migrate(statement, version, latest); // in the same transaction: all of it, or none
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            if (e instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                if (found != null) {
                    throw new StorageException(server.describe() + " holds a newsroom of schema " + found + " and this"
                            + " Newsdesk needs schema " + latest + ": the upgrade is the database owner's to run"
                            + " ('newsdesk init --db " + url(server).replace("?user=" + server.user(), "?user=OWNER")
                            + "'), as the login " + server.user() + " may not change the schema. Nothing was changed.",
                            e);
                }
                throw new StorageException("Could not create the newsroom in " + server.describe() + ": the login "
                        + server.user() + " may not create tables, extensions or roles there. The database's owner,"
                        + " with CREATEROLE, runs 'newsdesk init' once (see README, \"A shared newsroom\").", e);
            }
            if (e instanceof SQLException sql && "ND001".equals(sql.getSQLState())) {
                throw ServerLogins.groupTaken(sql);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * A newsroom compares and lower-cases text as SQLite does (byte order; ASCII letters only), so that searches, sort
     * orders and "the same name in any case" agree on both engines: its database is UTF-8 with the C locale.
     */
    private static void checkLocale(Statement statement, NewsroomAddress.Server server) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT pg_encoding_to_char(encoding), datcollate, datctype"
                + " FROM pg_database WHERE datname = current_database()")) {
            if (!rows.next()) {
                return;
            }
            String encoding = rows.getString(1);
            String collate = rows.getString(2);
            String ctype = rows.getString(3);
            boolean c = (collate.equals("C") || collate.equals("POSIX")) && (ctype.equals("C") || ctype.equals("POSIX"));
            if (!encoding.equals("UTF8") || !c) {
                throw new StorageException(server.describe() + " is " + encoding + " with the locale " + collate + "/"
                        + ctype + "; a newsroom needs UTF-8 with the C locale, so that text sorts and matches as in a"
                        + " newsroom file. Create it with: createdb --encoding=UTF8 --locale=C --template=template0 "
                        + server.database());
            }
        }
    }

    private static void migrate(Statement statement, int from, int to) throws SQLException {
        for (int version = from + 1; version <= to; version++) {
            statement.execute(com.newsdesk.storage.Migrations.serverScript(version));
            statement.execute("UPDATE newsdesk_schema SET version = " + version);
        }
    }

    private static Integer version(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT to_regclass('newsdesk_schema') IS NOT NULL")) {
            rows.next();
            if (!rows.getBoolean(1)) {
                return null;
            }
        }
        try (ResultSet rows = statement.executeQuery("SELECT version FROM newsdesk_schema WHERE application = 'newsdesk'")) {
            return rows.next() ? rows.getInt(1) : null;
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** Tables in the database's schema, asked with a connection of its own (before any newsroom is made there). */
    public static long tables(NewsroomAddress.Server server, String password) {
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", server.user());
        if (password != null) {
            login.setProperty("password", password);
        }
        login.setProperty("ApplicationName", "Newsdesk");
        try (Connection connection = java.sql.DriverManager.getConnection(server.jdbcUrl(), login);
                Statement statement = connection.createStatement()) {
            return count(statement, "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                    + " ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p')");
        } catch (SQLException e) {
            throw ServerErrors.translate(e, "Could not open " + server.describe());
        }
    }

    static String url(NewsroomAddress.Server server) {
        return "postgresql://" + server.host() + ":" + server.port() + "/" + server.database() + "?user=" + server.user();
    }
}
