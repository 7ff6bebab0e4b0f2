package com.newsdesk.service.input;

import com.newsdesk.domain.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way Newsdesk opens a file a user gives it to read. Before a byte is read it refuses, in words and naming the
 * file: a missing file, a folder, a device or pipe (which may never end), a file it may not read, and a file larger
 * than the reader can hold (checked on its size, never by reading it).
 */
public final class InputFiles {
    /** For readers that stream (JSON, CSV, XML): no limit on the size beyond the disk's. */
    public static final long STREAMED = Long.MAX_VALUE;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private InputFiles() {}

    private static boolean isSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Checks the file and returns its size. */
    public static long check(Path file, long maxBytes, String kind) {
        if (!Files.exists(file)) {
            throw new InvalidInputException(file.toString(), "there is no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file.toString(), "it is a folder; name the " + kind + " inside it");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), "it is a device or a pipe, not a " + kind);
        }
        if (!Files.isReadable(file)) {
            throw new InvalidInputException(file.toString(), "it cannot be read (permission denied)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (size >= SQLITE_HEADER.length && isSqlite(file)) { // a newsroom or a backup named by mistake
            throw new InvalidInputException(file.toString(), "it is an SQLite database (a newsroom or a backup), not a "
                    + kind);
        }
        if (size > maxBytes) {
            throw new InvalidInputException(file.toString(), "it is " + megabytes(size) + "; a " + kind
                    + " may be at most " + megabytes(maxBytes));
        }
        return size;
    }

    /** Checks the file, then opens it. */
    public static InputStream open(Path file, long maxBytes, String kind) {
        check(file, maxBytes, kind);
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Checks the file, then reads it whole (only for files small enough to hold: {@code maxBytes}). */
    public static byte[] readAll(Path file, long maxBytes, String kind) {
        check(file, maxBytes, kind);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** A reading failure in words, for the file named. */
    public static InvalidInputException unreadable(Path file, IOException e) {
        String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "there is no such file"
                : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new InvalidInputException(file.toString(), "it cannot be read (" + why + ")");
    }

    private static String megabytes(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format("%.1f GB", bytes / (double) (1L << 30));
        }
        return String.format("%.1f MB", bytes / (double) (1L << 20));
    }
}
