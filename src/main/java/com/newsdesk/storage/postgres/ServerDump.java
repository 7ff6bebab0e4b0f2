package com.newsdesk.storage.postgres;

import com.newsdesk.storage.NewsroomAddress;
import com.newsdesk.storage.StorageException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Backups of a shared newsroom with PostgreSQL's own tools: {@code pg_dump} in its custom format, streamed to the
 * caller's guarded output, and {@code pg_restore} into an empty database, in one transaction. The password goes to
 * the tools in their environment (PGPASSWORD), never on their command line, where other users could read it.
 */
public final class ServerDump {
    private static final byte[] MAGIC = "PGDMP".getBytes(StandardCharsets.US_ASCII);

    private ServerDump() {}

    /** Whether a file is a pg_dump custom-format archive. */
    public static boolean isDump(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Streams the whole database as a pg_dump archive into {@code out}. */
    public static void dump(NewsroomAddress.Server server, String password, OutputStream out) {
        List<String> command = new ArrayList<>(List.of(tool("pg_dump").toString(), "--format=custom", "--no-password",
                // An Admin's login sees every row through the newsroom's policies; without this pg_dump refuses.
                "--enable-row-security",
                "--host=" + server.host(), "--port=" + server.port(), "--username=" + server.user(),
                "--dbname=" + server.database()));
        run(command, password, server, "back up", process -> process.getInputStream().transferTo(out));
    }

    /** Restores an archive into the (empty) database, all or nothing. */
    public static void restore(NewsroomAddress.Server server, String password, Path archive) {
        List<String> command = new ArrayList<>(List.of(tool("pg_restore").toString(), "--no-password",
                "--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges",
                "--host=" + server.host(), "--port=" + server.port(), "--username=" + server.user(),
                "--dbname=" + server.database(), archive.toAbsolutePath().toString()));
        run(command, password, server, "restore into", process -> process.getInputStream().transferTo(
                OutputStream.nullOutputStream()));
    }

    private interface Output {
        void read(Process process) throws IOException;
    }

    private static void run(List<String> command, String password, NewsroomAddress.Server server, String verb,
            Output output) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("PGPASSWORD");
        if (password != null) {
            builder.environment().put("PGPASSWORD", password);
        }
        if (server.sslMode() != null) {
            builder.environment().put("PGSSLMODE", server.sslMode());
        }
        try {
            Process process = builder.start();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            Thread drain = new Thread(() -> {
                try (InputStream err = process.getErrorStream()) {
                    err.transferTo(errors);
                } catch (IOException ignored) {
                    // the exit status says whether it worked
                }
            }, "newsdesk-" + Path.of(command.get(0)).getFileName());
            drain.start();
            try {
                output.read(process);
            } catch (IOException | RuntimeException e) {
                process.destroy();
                throw e;
            }
            int status = process.waitFor();
            drain.join();
            if (status != 0) {
                String said = errors.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                        .findFirst().orElse("exit status " + status).replace(password == null ? "\0" : password, "…");
                throw new StorageException("Could not " + verb + " " + server.describe() + ": "
                        + Path.of(command.get(0)).getFileName() + " said: " + said.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Stopped while " + verb.replace("back up", "backing up")
                    .replace("restore into", "restoring into") + " " + server.describe() + ".", e);
        } catch (IOException e) {
            throw new StorageException("Could not " + verb + " " + server.describe() + ": " + e.getMessage(), e);
        }
    }

    /** A PostgreSQL client tool: on the PATH, else the newest in Debian's /usr/lib/postgresql/N/bin. */
    static Path tool(String name) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String folder : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (var versions = Files.list(debian)) {
                var found = versions.map(version -> version.resolve("bin").resolve(name)).filter(Files::isExecutable)
                        .max(Comparator.comparing(tool -> tool.getParent().getParent().getFileName().toString(),
                                Comparator.comparingInt(ServerDump::major)));
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IOException ignored) {
                // fall through to the message below
            }
        }
        throw new StorageException(name + " is not installed: a shared newsroom is backed up with PostgreSQL's own"
                + " tools. Install its client tools (Debian and Ubuntu: sudo apt install postgresql-client).");
    }

    private static int major(String version) {
        try {
            return Integer.parseInt(version.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
