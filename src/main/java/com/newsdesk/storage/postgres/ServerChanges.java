package com.newsdesk.storage.postgres;

import com.newsdesk.storage.NewsroomAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears what other seats change in a shared newsroom: a connection of its own LISTENs to the notices the schema's
 * triggers send at each commit, and hands each batch of changed tables to the listener (on this watcher's thread).
 * A server that goes away is asked again every few seconds; the notices missed meanwhile are one "everything"
 * batch when it is back.
 */
public final class ServerChanges implements AutoCloseable {
    /** The batch a reconnection reports: anything may have changed while the seat was not listening. */
    public static final String EVERYTHING = "*";
    private static final int WAIT_MS = 250;

    private final NewsroomAddress.Server server;
    private final String password;
    private final String seat;
    private final Consumer<Set<String>> listener;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;
    /** Counted down once the first LISTEN is in place: a change committed after the constructor returns is heard. */
    private final java.util.concurrent.CountDownLatch listening = new java.util.concurrent.CountDownLatch(1);

    public ServerChanges(NewsroomAddress.Server server, String password, String seat, Consumer<Set<String>> listener) {
        this.server = server;
        this.password = password;
        this.seat = seat;
        this.listener = listener;
        this.thread = new Thread(this::listen, "newsdesk-changes");
        thread.setDaemon(true);
        thread.start();
        try {
            listening.await(10, java.util.concurrent.TimeUnit.SECONDS); // a server away: it keeps trying meanwhile
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void listen() {
        boolean missed = false;
        while (!closed) {
            try (Connection listened = connect()) {
                connection = listened;
                listening.countDown();
                if (missed) {
                    listener.accept(Set.of(EVERYTHING));
                }
                PGConnection notices = listened.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] arrived = notices.getNotifications(WAIT_MS);
                    Set<String> tables = new LinkedHashSet<>();
                    for (PGNotification notice : arrived == null ? new PGNotification[0] : arrived) {
                        String[] parts = notice.getParameter().split(" ", 2);
                        if (parts.length < 2 || !parts[1].equals(seat)) { // our own changes are ours to show
                            tables.add(parts[0]);
                        }
                    }
                    if (!tables.isEmpty()) {
                        listener.accept(tables);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                missed = true;
                listening.countDown(); // the constructor waits no longer: the server is away, retried below
                if (!closed) {
                    sleep(5_000);
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", server.user());
        if (password != null) {
            login.setProperty("password", password);
        }
        login.setProperty("ApplicationName", seat + " (listening)");
        login.setProperty("tcpKeepAlive", "true");
        Connection made = DriverManager.getConnection(server.jdbcUrl(), login);
        try (Statement statement = made.createStatement()) {
            statement.execute("LISTEN newsdesk_changes");
        }
        return made;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // closing: nothing more to hear
            }
        }
    }
}
