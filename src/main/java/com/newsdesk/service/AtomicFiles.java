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

    public static <T> T write(Path target, Writing<T> writing) {
        Path absolute = target.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
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
}
