package com.newsdesk.service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that it is either complete or absent: into a temporary file beside it, flushed to disk, then
 * renamed over the target. When the writing fails or is cancelled, the temporary file is removed.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    @FunctionalInterface
    public interface Writing<T> {
        T write(OutputStream out) throws IOException;
    }

    /** A partial file untouched this long was left by a writer that was killed (a live one writes all the time). */
    private static final java.time.Duration STALE = java.time.Duration.ofHours(1);

    public static <T> T write(Path target, Writing<T> writing) {
        Path absolute = target.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            removeStalePartials(absolute);
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
            T result;
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                result = writing.write(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + absolute + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) { // from inside the writing (the encoder's thread): name the file too
            IOException cause = e.getCause();
            throw new UncheckedIOException("Could not write " + absolute + ": " + cause.getMessage(), cause);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the partial file is hidden and named .partial; nothing depends on removing it
                }
            }
        }
    }

    /** Removes partial files of this target that killed writers left behind. */
    private static void removeStalePartials(Path target) {
        String prefix = "." + target.getFileName();
        java.time.Instant before = java.time.Instant.now().minus(STALE);
        try (java.util.stream.Stream<Path> siblings = Files.list(target.getParent())) {
            siblings.filter(path -> {
                String name = path.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(".partial");
            }).forEach(stale -> {
                try {
                    if (Files.getLastModifiedTime(stale).toInstant().isBefore(before)) {
                        Files.deleteIfExists(stale);
                    }
                } catch (IOException ignored) {
                    // another process may have removed or renamed it; nothing depends on it
                }
            });
        } catch (IOException ignored) {
            // listing is a courtesy: the export itself does not depend on it
        }
    }
}
