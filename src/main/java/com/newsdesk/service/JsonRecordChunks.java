package com.newsdesk.service;

import com.newsdesk.io.NewsroomJsonWriter;
import com.newsdesk.storage.JsonRecords;
import com.newsdesk.storage.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

/**
 * A section of a Newsdesk export whose records the database writes (SQLite's JSON on a file, the bytes the server's
 * COPY sends on a shared newsroom; Java copies bytes): in chunks of a few thousand rows, read on every reader given at once (all on one snapshot) and written in id order, a few chunks ahead
 * at most. A chunk SQLite cannot write exactly as the export's own writer would goes through that writer.
 */
public final class JsonRecordChunks {
    /** Rows a chunk holds, unless its source says otherwise. */
    public static final int ROWS = 4096;
    private static final int AHEAD = 8;

    /** Where a section's rows come from, on one reader's transaction. */
    public interface Source {
        /** Rows a chunk holds: fewer where rows are big, so that the chunks in flight stay small. */
        default int rows() {
            return ROWS;
        }

        /** The last id of the {@code rows} rows after {@code after}, or empty when none follows. */
        OptionalLong chunkEnd(Transaction tx, long after, int rows);

        /**
         * The records of the rows after {@code after} up to {@code upTo} written by the database (SQLite's JSON, the
         * server's copied bytes), byte for byte as the writer writes them; null when they cannot be.
         */
        JsonRecords byTheDatabase(Transaction tx, long after, long upTo);

        /** The same records as the export's own writer writes them. */
        JsonRecords byTheWriter(Transaction tx, long after, long upTo);
    }

    private JsonRecordChunks() {}

    /**
     * Records SQLite wrote, settled as the writer has them (upper-case hex digits in escapes), or null when they are
     * missing or not in rising id order (the caller then has the writer write them).
     */
    public static JsonRecords settled(JsonRecords bySqlite) {
        return bySqlite != null && com.newsdesk.io.JsonRecordBytes.settle(bySqlite.text(), bySqlite.count())
                ? bySqlite : null;
    }

    /**
     * Writes the source's rows into the writer's open section and returns how many; {@code written} hears the
     * running count after each chunk (it may throw to cancel: nothing more is read).
     */
    public static long write(List<Transaction> readers, Source source, NewsroomJsonWriter writer,
            LongConsumer written) {
        return new Chunks(readers, source).writeTo(writer, written);
    }

    /** The chunks in flight: claimed in order by the reading threads, handed to the writing one in the same order. */
    private static final class Chunks {
        private final List<Transaction> readers;
        private final Source source;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private final Map<Integer, JsonRecords> ready = new HashMap<>();
        private long lastClaimedId = Long.MIN_VALUE;
        private int claimed;
        private int taken;
        private int total = -1; // known once a reader finds no more rows
        private Throwable failure;
        private boolean stopped;

        Chunks(List<Transaction> readers, Source source) {
            this.readers = readers;
            this.source = source;
        }

        long writeTo(NewsroomJsonWriter writer, LongConsumer written) {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < readers.size(); i++) {
                Transaction tx = readers.get(i);
                Thread thread = new Thread(() -> read(tx), "newsdesk-export-reader-" + (i + 1));
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
            long count = 0;
            try {
                for (JsonRecords chunk = next(); chunk != null; chunk = next()) {
                    writer.records(chunk.text());
                    count += chunk.count();
                    written.accept(count);
                }
                return count;
            } finally {
                stop();
                for (Thread thread : threads) {
                    Threads.joinUninterruptibly(thread);
                }
            }
        }

        /** The next chunk in order, or null after the last; rethrows a reader's failure. */
        private JsonRecords next() {
            lock.lock();
            try {
                while (failure == null && !ready.containsKey(taken) && (total < 0 || taken < total)) {
                    changed.awaitUninterruptibly();
                }
                PipedWriter.rethrow(failure);
                if (total >= 0 && taken >= total) {
                    return null;
                }
                JsonRecords chunk = ready.remove(taken++);
                changed.signalAll();
                return chunk;
            } finally {
                lock.unlock();
            }
        }

        private void read(Transaction tx) {
            try {
                while (true) {
                    int index;
                    long after;
                    long upTo;
                    lock.lock();
                    try {
                        while (!stopped && total < 0 && claimed >= taken + AHEAD) {
                            changed.awaitUninterruptibly();
                        }
                        if (stopped || total >= 0) {
                            return;
                        }
                        OptionalLong end = source.chunkEnd(tx, lastClaimedId, source.rows());
                        if (end.isEmpty()) {
                            total = claimed;
                            changed.signalAll();
                            return;
                        }
                        index = claimed++;
                        after = lastClaimedId;
                        upTo = end.getAsLong();
                        lastClaimedId = upTo;
                    } finally {
                        lock.unlock();
                    }
                    JsonRecords chunk = source.byTheDatabase(tx, after, upTo);
                    if (chunk == null) {
                        chunk = source.byTheWriter(tx, after, upTo); // rows the database cannot write exactly so
                    }
                    lock.lock();
                    try {
                        ready.put(index, chunk);
                        changed.signalAll();
                    } finally {
                        lock.unlock();
                    }
                }
            } catch (Throwable e) {
                lock.lock();
                try {
                    failure = e;
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }

        private void stop() {
            lock.lock();
            try {
                stopped = true;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
