package com.newsdesk.storage.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The password for a server login, found as libpq finds it: {@code PGPASSWORD}, else the first matching line of
 * {@code PGPASSFILE} or {@code ~/.pgpass} ({@code %APPDATA%\postgresql\pgpass.conf} on Windows), whose fields are
 * {@code host:port:database:user:password} with {@code *} for any and {@code \:} / {@code \\} escaped. As libpq, a
 * password file that others may read is ignored.
 */
public final class PgPass {
    private PgPass() {}

    public static Optional<String> lookup(String host, int port, String database, String user, Map<String, String> env,
            Path home) {
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv);
        }
        Path file = passwordFile(env, home);
        if (file == null || !Files.isRegularFile(file) || readableByOthers(file)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = fields(line);
                if (fields.size() < 5) {
                    continue;
                }
                if (matches(fields.get(0), host) && matches(fields.get(1), Integer.toString(port))
                        && matches(fields.get(2), database) && matches(fields.get(3), user)) {
                    return Optional.of(fields.get(4));
                }
            }
        } catch (IOException e) {
            return Optional.empty(); // as libpq: an unreadable file is no password, and the server then says so
        }
        return Optional.empty();
    }

    private static Path passwordFile(Map<String, String> env, Path home) {
        String named = env.get("PGPASSFILE");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        String appData = env.get("APPDATA");
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win") && appData != null) {
            return Path.of(appData, "postgresql", "pgpass.conf");
        }
        return home == null ? null : home.resolve(".pgpass");
    }

    private static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"));
        } catch (UnsupportedOperationException | IOException e) {
            return false; // not a POSIX file system: libpq does not check there either
        }
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
