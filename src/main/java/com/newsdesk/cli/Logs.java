package com.newsdesk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Where Newsdesk's log goes: {@code logs/newsdesk.log} in the data folder, only the user's (it may hold names and
 * addresses from failed records), kept to about 1 MB with one older file beside it. SLF4J's backend is
 * java.util.logging; this replaces its console output, so nothing reaches a terminal but the one-line messages
 * Newsdesk prints itself. The file is opened only when something is logged: a start pays nothing for it.
 */
public final class Logs {
    static final String FILE_NAME = "newsdesk.log";
    private static final long ROTATE_AT = 1 << 20;

    private Logs() {}

    /** Sends every log record of this process to the data folder's log file. Returns the file's path. */
    public static synchronized Path writeTo(Path dataFolder) {
        Path file = dataFolder.resolve("logs").resolve(FILE_NAME);
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.addHandler(new AppendingFileHandler(file));
        root.setLevel(Level.INFO);
        return file;
    }

    /** One record a line (a trace after it), appended whole; several processes may share the file. */
    static final class AppendingFileHandler extends Handler {
        private final Path file;

        AppendingFileHandler(Path file) {
            this.file = file;
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            StringWriter text = new StringWriter();
            text.append(Instant.ofEpochMilli(record.getMillis()).toString()).append(' ')
                    .append(record.getLevel().getName()).append(' ').append(record.getLoggerName()).append(": ")
                    .append(record.getMessage() == null ? "" : record.getMessage()).append(System.lineSeparator());
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(new PrintWriter(text));
            }
            try {
                Path folder = file.getParent();
                if (!Files.isDirectory(folder)) {
                    Files.createDirectories(folder);
                    restrict(folder, "rwx------");
                }
                if (Files.exists(file) && Files.size(file) > ROTATE_AT) {
                    Files.move(file, file.resolveSibling(FILE_NAME + ".1"), StandardCopyOption.REPLACE_EXISTING);
                }
                boolean created = !Files.exists(file);
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
                    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                }
                if (created) {
                    restrict(file, "rw-------");
                }
            } catch (IOException | RuntimeException e) {
                // nowhere left to say it: the command's own one-line message has gone to the user already
            }
        }

        private static void restrict(Path path, String permissions) throws IOException {
            if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
            }
        }

        @Override
        public void flush() {
            // every record is written and closed as it comes
        }

        @Override
        public void close() {
            // nothing is held open
        }
    }
}
