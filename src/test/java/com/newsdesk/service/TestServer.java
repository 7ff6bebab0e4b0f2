package com.newsdesk.service;

import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.NewsroomAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The PostgreSQL server the storage and service tests run on a second time (issue 15): named by the system property
 * {@value #PROPERTY} (the Maven profile sets it from {@code NEWSDESK_TEST_POSTGRES}, which {@code .ci/postgres}
 * prints). Each newsroom file a test names becomes a database of its own, made from a template that holds the
 * schema; a second open of the same file opens the same database, as on SQLite. The databases go when the tests end.
 */
public final class TestServer {
    public static final String PROPERTY = "newsdesk.test.postgres";
    private static final String TEMPLATE = "newsdesk_test_template";
    private static final Map<Path, NewsroomAddress.Server> DATABASES = new HashMap<>();
    private static final Set<String> MADE = new HashSet<>();
    private static NewsroomAddress.Server admin;

    private TestServer() {}

    /** Whether this run's newsrooms live on the server. */
    public static boolean active() {
        return System.getProperty(PROPERTY) != null && !System.getProperty(PROPERTY).isBlank();
    }

    /** The server's address of the newsroom that {@code file} names in this test run (made on first use). */
    public static synchronized NewsroomAddress.Server address(Path file) {
        Path key = file.toAbsolutePath().normalize();
        NewsroomAddress.Server known = DATABASES.get(key);
        if (known != null) {
            return known;
        }
        NewsroomAddress.Server server = admin();
        String name = "newsdesk_test_" + Integer.toHexString(key.toString().hashCode() & 0x7fffffff) + "_"
                + DATABASES.size();
        execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "CREATE DATABASE " + name + " TEMPLATE "
                + TEMPLATE);
        MADE.add(name);
        NewsroomAddress.Server address = server.withDatabase(name);
        DATABASES.put(key, address);
        return address;
    }

    /** A fresh, empty database on the server (for tests of init and of foreign databases). */
    public static synchronized NewsroomAddress.Server emptyDatabase(String purpose) {
        NewsroomAddress.Server server = admin();
        String name = "newsdesk_test_empty_" + purpose.replaceAll("[^a-z0-9]", "_") + "_" + MADE.size();
        execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        dropGroups(server, name);
        execute(server, "CREATE DATABASE " + name + " ENCODING 'UTF8' LOCALE 'C' TEMPLATE template0");
        MADE.add(name);
        return server.withDatabase(name);
    }

    public static Database open(Path file) {
        return Database.open(address(file), Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE, System.getenv());
    }

    private static NewsroomAddress.Server admin() {
        if (admin == null) {
            NewsroomAddress.Server server = NewsroomAddress.parseServer(System.getProperty(PROPERTY), PROPERTY,
                    System.getProperty("user.name"));
            execute(server, "DROP DATABASE IF EXISTS " + TEMPLATE + " WITH (FORCE)");
            dropGroups(server, TEMPLATE);
            execute(server, "CREATE DATABASE " + TEMPLATE + " ENCODING 'UTF8' LOCALE 'C' TEMPLATE template0");
            try (Database made = Database.open(server.withDatabase(TEMPLATE), Database.OpenMode.CREATE,
                    JsonDocumentCodec.INSTANCE, System.getenv())) {
                made.schemaVersion();
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestServer::dropAll, "drop-test-databases"));
            admin = server;
        }
        return admin;
    }

    private static synchronized void dropAll() {
        // One connection for all of it: the run's last seconds are the JVM's to end in.
        java.util.List<String> statements = new java.util.ArrayList<>();
        for (String name : MADE) {
            statements.add("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
        statements.add("DROP DATABASE IF EXISTS " + TEMPLATE + " WITH (FORCE)");
        for (String name : MADE) {
            statements.add(dropGroupsStatement(name));
        }
        statements.add(dropGroupsStatement(TEMPLATE));
        execute(admin, statements.toArray(String[]::new));
    }

    /**
     * The group roles a newsroom in that database made (roles belong to the whole server and outlive the database):
     * a database made again under the same name in a later run would otherwise find them and refuse them.
     */
    static void dropGroups(NewsroomAddress.Server server, String database) {
        execute(server, dropGroupsStatement(database));
    }

    private static String dropGroupsStatement(String database) {
        return "DROP ROLE IF EXISTS \"" + database + "_admin\", \"" + database + "_editor\", \"" + database
                + "_writer\", \"" + database + "_moderator\"";
    }

    /** Drops logins made by a test (after the databases that granted them anything are gone). */
    public static synchronized void dropLogins(String... logins) {
        for (String login : logins) {
            execute(admin(), "DROP ROLE IF EXISTS \"" + login + "\"");
        }
    }

    /** Drops a database made by {@link #emptyDatabase}, and its groups. */
    public static synchronized void drop(NewsroomAddress.Server database) {
        execute(admin(), "DROP DATABASE IF EXISTS \"" + database.database() + "\" WITH (FORCE)");
        dropGroups(admin(), database.database());
        MADE.remove(database.database());
    }

    static void execute(NewsroomAddress.Server server, String... statements) {
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", server.user());
        String password = System.getenv("PGPASSWORD");
        if (password != null) {
            login.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), login);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the test server " + server.describe() + " refused: " + e.getMessage(), e);
        }
    }

}
