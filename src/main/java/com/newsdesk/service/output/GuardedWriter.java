package com.newsdesk.service.output;

import com.newsdesk.service.RefusedException;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * The one way Newsdesk writes what a user asked for (exports, reports, a person's data, backups' targets). It
 * refuses, before anything is written or changed: the newsroom itself and its journal files, any SQLite database
 * (another newsroom, a backup), a folder, a block device and a folder that does not exist (a typo never creates
 * folders). A regular file is written whole or not at all: into a hidden partial file beside it, synced, then
 * renamed over it. A character device or pipe ({@code /dev/null}, {@code /dev/stdout}, a FIFO) and standard output
 * are written as streams, never replaced by a rename. Every write error, on a file or a stream, is an error.
 */
public final class GuardedWriter {
    private GuardedWriter() {}

    @FunctionalInterface
    public interface Writing<T> {
        T write(OutputStream out) throws IOException;
    }

    /** What may stand at the target already. */
    public enum Replacing {
        /** Exports and reports: never an SQLite database (a newsroom or a backup is not replaced by text). */
        NO_DATABASE,
        /** A backup: it may replace an older backup, but never the newsroom it copies. */
        ANY_BUT_THE_NEWSROOM
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final List<String> JOURNAL_SUFFIXES = List.of("-wal", "-shm", "-journal");
    /** A partial file untouched this long was left by a writer that was killed (a live one writes all the time). */
    private static final java.time.Duration STALE = java.time.Duration.ofHours(1);
    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFSOCK = 0140000;

    /** How a checked file target is to be written. */
    public sealed interface Checked {
        Path path();
    }

    /** A regular file (or none yet): written whole, by rename. */
    public record WholeFile(Path path) implements Checked {}

    /** A character device or a pipe: written as a stream, in place. */
    public record Device(Path path) implements Checked {}

    /**
     * Writes to the target through {@code writing}, refusing a target that must not be written (see the class
     * comment) before anything happens. {@code newsroom} is the open newsroom's file, or null when there is none.
     */
    public static <T> T write(Path newsroom, OutputTarget target, Writing<T> writing) {
        if (target instanceof OutputTarget.ToStream stream) {
            return toStream(stream.stream(), stream.describe(), writing);
        }
        Checked checked = check(newsroom, ((OutputTarget.ToFile) target).path(), Replacing.NO_DATABASE);
        return checked instanceof Device ? toDevice(checked.path(), writing) : toWholeFile(checked.path(), writing);
    }

    /** As {@link #write} for a file path. */
    public static <T> T write(Path newsroom, Path target, Writing<T> writing) {
        return write(newsroom, OutputTarget.file(target), writing);
    }

    /**
     * Says how {@code target} would be written, or refuses it with a message that names it and the reason. Call
     * before long work whose result goes there, so that nothing is done for an output that cannot be written.
     */
    public static Checked check(Path newsroom, Path target, Replacing replacing) {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getFileName() == null) {
            throw refuse(absolute, "it is a folder. Name a file inside it");
        }
        Path resolved = resolveLinks(absolute);
        Path parent = resolved.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw refuse(absolute, "the folder " + (parent == null ? absolute : parent)
                    + " does not exist. Check the path, or create the folder first");
        }
        if (newsroom != null) {
            refuseTheNewsroom(newsroom, absolute, resolved);
        }
        if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
            if (isDeviceFolder(absolute)) {
                throw refuse(absolute, "there is no such device");
            }
            return new WholeFile(resolved);
        }
        if (Files.isDirectory(resolved)) {
            throw refuse(absolute, "it is a folder. Name a file inside it");
        }
        int kind = fileKind(resolved);
        if (kind == S_IFBLK) {
            throw refuse(absolute, "it is a disk (a block device)");
        }
        if (kind == S_IFCHR || kind == S_IFIFO || kind == S_IFSOCK || !Files.isRegularFile(resolved)
                || isDeviceFolder(absolute)) {
            return new Device(isDeviceFolder(absolute) ? absolute : resolved);
        }
        if (replacing == Replacing.NO_DATABASE && startsWithSqliteHeader(resolved)) {
            throw refuse(absolute, "it is an SQLite database (a newsroom or a backup), and an export never replaces"
                    + " one. Choose another file");
        }
        return new WholeFile(resolved);
    }

    private static void refuseTheNewsroom(Path newsroom, Path absolute, Path resolved) {
        Path room = resolveLinks(newsroom.toAbsolutePath().normalize());
        if (sameFile(room, resolved) || room.equals(resolved)) {
            throw refuse(absolute, "it is the newsroom itself. Choose another file");
        }
        for (String suffix : JOURNAL_SUFFIXES) {
            Path journal = room.resolveSibling(room.getFileName() + suffix);
            if (journal.equals(resolved) || sameFile(journal, resolved)) {
                throw refuse(absolute, "it is the newsroom's own " + suffix.substring(1) + " file. Choose another file");
            }
        }
    }

    private static RefusedException refuse(Path target, String reason) {
        return new RefusedException("Cannot write " + target + ": " + reason + ". Nothing was written.");
    }

    /** The path with its links followed, as far as they exist; the path itself where it cannot be resolved. */
    private static Path resolveLinks(Path absolute) {
        try {
            return absolute.toRealPath();
        } catch (IOException missing) {
            Path parent = absolute.getParent();
            if (parent == null || absolute.getFileName() == null) {
                return absolute;
            }
            try {
                if (Files.isSymbolicLink(absolute)) {
                    Path link = Files.readSymbolicLink(absolute);
                    return parent.toRealPath().resolve(link).normalize();
                }
                return parent.toRealPath().resolve(absolute.getFileName());
            } catch (IOException e) {
                return absolute;
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Paths under /dev and /proc are devices and descriptors: written in place even when a file stands behind. */
    private static boolean isDeviceFolder(Path absolute) {
        return absolute.startsWith("/dev/") || absolute.startsWith("/proc/");
    }

    private static int fileKind(Path path) {
        try {
            if (path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
                return ((Integer) Files.getAttribute(path, "unix:mode")) & S_IFMT;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // fall back on what every file system tells
        }
        return Files.isRegularFile(path) ? 0100000 : S_IFCHR;
    }

    private static boolean startsWithSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            return false; // unreadable: the write will say why it cannot replace it
        }
    }

    // --- Writing ----------------------------------------------------------------------------------------------

    private static <T> T toStream(OutputStream stream, String name, Writing<T> writing) {
        Guarded guarded = new Guarded(stream);
        try {
            OutputStream buffered = new BufferedOutputStream(guarded, 1 << 16);
            T result = writing.write(buffered);
            buffered.flush();
            guarded.rethrow();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write to " + name + ": " + describe(e), e);
        } catch (UncheckedIOException e) { // from a writer's own thread: name the stream too
            throw new UncheckedIOException("Could not write to " + name + ": " + describe(e.getCause()), e.getCause());
        }
    }

    private static <T> T toDevice(Path device, Writing<T> writing) {
        try (FileChannel channel = FileChannel.open(device, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            return toStream(Channels.newOutputStream(channel), device.toString(), writing);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + device + ": " + describe(e), e);
        }
    }

    private static <T> T toWholeFile(Path absolute, Writing<T> writing) {
        Path temporary = null;
        try {
            removeStalePartials(absolute);
            temporary = newPartialFile(absolute);
            T result;
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    EarlySync early = new EarlySync(channel)) {
                OutputStream out = new BufferedOutputStream(early.counting(Channels.newOutputStream(channel)), 1 << 16);
                result = writing.write(out);
                out.flush();
                early.finish();
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
            throw new UncheckedIOException("Could not write " + absolute + ": " + describe(e), e);
        } catch (UncheckedIOException e) { // from inside the writing (the encoder's thread): name the file too
            IOException cause = e.getCause();
            throw new UncheckedIOException("Could not write " + absolute + ": " + describe(cause), cause);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the partial file is hidden and named .partial; the next write to this name removes it
                }
            }
        }
    }

    /**
     * Syncs a file being written every few tens of megabytes on a thread of its own, so that the disk takes the file
     * while it is being made and the sync before the rename has only the tail left (a 285 MB export: 0.2–0.5 s less
     * at the end). Only a head start: the final sync is what makes the file whole.
     */
    private static final class EarlySync implements AutoCloseable {
        private static final long EVERY = 32L << 20;
        private final FileChannel channel;
        private Thread thread; // started at the first 32 MB: most files are small
        private long written;
        private long asked;
        private boolean finished;

        EarlySync(FileChannel channel) {
            this.channel = channel;
        }

        OutputStream counting(OutputStream out) {
            return new FilterOutputStream(out) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                    wrote(length);
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    wrote(1);
                }
            };
        }

        private synchronized void wrote(long bytes) {
            written += bytes;
            if (written - asked >= EVERY) {
                asked = written;
                if (thread == null) {
                    thread = new Thread(this::run, "newsdesk-early-sync");
                    thread.setDaemon(true);
                    thread.start();
                }
                notifyAll();
            }
        }

        private void run() {
            long synced = 0;
            while (true) {
                synchronized (this) {
                    while (!finished && asked == synced) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    if (finished) {
                        return;
                    }
                    synced = asked;
                }
                try {
                    channel.force(false);
                } catch (IOException e) {
                    return; // the final sync reports it
                }
            }
        }

        /** Stops syncing early and waits for a sync under way. */
        void finish() {
            Thread started;
            synchronized (this) {
                finished = true;
                notifyAll();
                started = thread;
            }
            if (started != null) {
                com.newsdesk.service.Threads.joinUninterruptibly(started);
            }
        }

        @Override
        public void close() {
            finish();
        }
    }

    /** What went wrong, in words: Java's messages for these are often the bare path. */
    public static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static final java.util.concurrent.atomic.AtomicLong PARTIALS = new java.util.concurrent.atomic.AtomicLong();

    /**
     * A new hidden file beside the target, readable only by the user, named by this process and a counter: created
     * exclusively, so an existing file or link of that name is never opened, only skipped. (The JDK's temporary
     * files draw their names from a secure random generator, whose set-up was a tenth of a small command's start.)
     */
    private static Path newPartialFile(Path target) throws IOException {
        boolean posix = target.getFileSystem().supportedFileAttributeViews().contains("posix");
        long process = ProcessHandle.current().pid();
        for (int attempt = 0;; attempt++) {
            Path partial = target.resolveSibling("." + target.getFileName() + "." + process + "-"
                    + PARTIALS.incrementAndGet() + "-" + Long.toHexString(System.nanoTime()) + ".partial");
            try {
                return posix
                        ? Files.createFile(partial, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")))
                        : Files.createFile(partial);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
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

    /**
     * Remembers the first write error, so that a writer which swallows errors (a {@code PrintWriter}) still fails
     * the output. Never closes the stream it guards: standard output belongs to the process.
     */
    private static final class Guarded extends FilterOutputStream {
        private IOException failure;

        Guarded(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }

        void rethrow() throws IOException {
            if (failure != null) {
                throw failure;
            }
        }
    }
}
