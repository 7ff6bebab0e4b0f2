package com.newsdesk.storage.postgres;

import com.newsdesk.storage.NewsroomAddress;
import com.newsdesk.storage.StorageException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** The small pool of connections one seat keeps to a shared newsroom's server. */
public final class ServerPool {
    /** A window reads a page while another desk counts and a task exports: a few connections are plenty. */
    private static final int CONNECTIONS = 4;

    /**
     * The pool tells its starts and stops at INFO, on standard error by default; a command's standard error holds
     * one line of Newsdesk's own. Its failures reach the user as our translated messages; severe ones still log.
     * Held here, so that the level is not lost with a collected logger.
     */
    private static final java.util.logging.Logger POOL_LOG = quiet("com.zaxxer.hikari");

    private ServerPool() {}

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /**
     * Connects (once, at once, so that a wrong address or password is said now, in one line) and keeps the pool.
     */
    /** The password for the server's login, as libpq finds it (PGPASSWORD, ~/.pgpass), or null. */
    public static String password(NewsroomAddress.Server server, Map<String, String> env) {
        return PgPass.lookup(server.host(), server.port(), server.database(), server.user(), env,
                Path.of(System.getProperty("user.home", "."))).orElse(null);
    }

    /** {@code seat} names this seat's connections on the server (their application name), so its own changes are known. */
    public static HikariDataSource open(NewsroomAddress.Server server, String password, String seat) {
        POOL_LOG.finest("opening a pool"); // (keeps the quieted logger in use)
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(CONNECTIONS);
        config.setMinimumIdle(1);
        config.setPoolName("newsdesk");
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(1); // try once at start: a refused login is said, not retried for minutes
        config.addDataSourceProperty("ApplicationName", seat);
        config.addDataSourceProperty("connectTimeout", "10");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("reWriteBatchedInserts", "true"); // a batch of inserts goes as one statement
        try {
            return new HikariDataSource(config);
        } catch (com.zaxxer.hikari.pool.HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof SQLException sql) {
                throw ServerErrors.translate(sql, "Could not open " + server.describe());
            }
            throw new StorageException("Could not open " + server.describe() + ": " + cause.getMessage(), e);
        }
    }

    /**
     * After an erasure: VACUUM removes the erased rows' old versions at once instead of whenever the server gets to
     * them. It needs the tables' owner; a seat that is not runs without it, and the server's autovacuum does it.
     */
    public static void vacuumErased(HikariDataSource pool, NewsroomAddress.Server server) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM subscribers, subscriber_terms, subscriber_labels, comments, audit_log,"
                    + " suppressed_emails");
        } catch (SQLException e) {
            if (!"42501".equals(e.getSQLState())) { // not the owner: autovacuum will do it
                throw ServerErrors.translate(e, "Could not finish the erasure on " + server.describe());
            }
        }
    }
}
