package com.newsdesk.storage;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Where a newsroom lives: a SQLite file of its own, or a database on a PostgreSQL server shared by many seats. */
public sealed interface NewsroomAddress {

    /** How the address is named to a person: the file's path, or the server and database (never a password). */
    String describe();

    record File(Path path) implements NewsroomAddress {
        @Override
        public String describe() {
            return path.toString();
        }
    }

    /** A database on a PostgreSQL server, signed in to as {@code user}; the password is looked up, never given here. */
    record Server(String host, int port, String database, String user, String sslMode) implements NewsroomAddress {
        public static final int DEFAULT_PORT = 5432;

        public String jdbcUrl() {
            String url = "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                    + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
            return sslMode == null ? url : url + "?sslmode=" + sslMode;
        }

        /** The same server and login, another database on it (tests and {@code init} make databases this way). */
        public Server withDatabase(String other) {
            return new Server(host, port, other, user, sslMode);
        }

        /** The same newsroom, reached as another login (each staff member's own). */
        public Server withUser(String login) {
            return new Server(host, port, database, login, sslMode);
        }

        /** The address as a person types it: {@code postgresql://HOST:PORT/DATABASE?user=LOGIN}. */
        public String url() {
            return "postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database
                    + "?user=" + user + (sslMode == null ? "" : "&sslmode=" + sslMode);
        }

        @Override
        public String describe() {
            return "postgresql://" + host + ":" + port + "/" + database + " (as " + user + ")";
        }
    }

    /** Whether the text names a server rather than a file. */
    static boolean isServer(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://")
                || lower.startsWith("jdbc:postgresql://");
    }

    /**
     * Reads {@code postgresql://HOST[:PORT]/DATABASE?user=NAME} (also {@code postgres://}, {@code jdbc:postgresql://}
     * and libpq's {@code USER@HOST}); {@code where} names the option in messages. A password in the address is
     * refused: it would sit in the shell's history and the process list. Without a user, the operating system's
     * user name is taken, as psql does.
     */
    static Server parseServer(String text, String where, String osUser) {
        String rest = text.replaceFirst("(?i)^jdbc:", "");
        URI uri;
        try {
            uri = new URI(rest.replaceFirst("(?i)^postgres(ql)?://", "postgresql://"));
        } catch (java.net.URISyntaxException e) {
            throw new StorageException(where + " " + text + " is not a server address: " + e.getReason()
                    + " (expected postgresql://HOST[:PORT]/DATABASE?user=NAME).");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new StorageException(where + " " + text + " names no server (expected"
                    + " postgresql://HOST[:PORT]/DATABASE?user=NAME).");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isBlank() || path.contains("/")) {
            throw new StorageException(where + " " + text + " names no database (expected"
                    + " postgresql://HOST[:PORT]/DATABASE?user=NAME).");
        }
        Map<String, String> query = query(uri.getRawQuery());
        String user = uri.getUserInfo();
        if (user != null && user.contains(":") || query.containsKey("password")) {
            throw new StorageException(where + ": the address holds a password; leave it out. The password comes from"
                    + " PGPASSWORD or ~/.pgpass, never from the command line.");
        }
        if (query.containsKey("user")) {
            user = query.remove("user");
        }
        String sslMode = query.remove("sslmode");
        if (!query.isEmpty()) {
            throw new StorageException(where + " " + text + ": the setting " + query.keySet().iterator().next()
                    + " is not one Newsdesk takes (user and sslmode are).");
        }
        if (user == null || user.isBlank()) {
            user = osUser;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : Server.DEFAULT_PORT;
        return new Server(host, port, path, user, sslMode);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.put(key.toLowerCase(Locale.ROOT), value);
        }
        return values;
    }
}
