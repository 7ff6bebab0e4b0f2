package com.newsdesk.service.subscribers;

import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberFilter;
import com.newsdesk.io.NewsroomJsonWriter;
import com.newsdesk.service.PipedWriter;
import com.newsdesk.storage.SubscriberRepository.JsonRecords;
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
 * The subscribers section of a Newsdesk export. On a newsroom file SQLite writes the records itself (Java only copies
 * bytes), in chunks of a few thousand read on every reader given at once, all on one snapshot, and written in id
 * order with a few chunks ahead at most; a chunk holding a record SQLite cannot write exactly as the export's own
 * writer would goes through that writer. A shared newsroom's records are read on one thread and encoded on another.
 */
public final class SubscriberJsonRecords {
    static final int CHUNK = 4096;
    private static final int AHEAD = 8;

    private SubscriberJsonRecords() {}

    /**
     * Writes the filter's subscribers into the writer's open section and returns how many; {@code written} hears
     * the running count after each chunk (it may throw to cancel: nothing more is read).
     */
    public static long write(List<Transaction> readers, SubscriberFilter filter, NewsroomJsonWriter writer,
            LongConsumer written) {
        if (!readers.get(0).subscribers().canWriteJsonRecords()) {
            long[] count = {0};
            PipedWriter.<Subscriber>stream(each -> readers.get(0).subscribers().forEach(filter, each), subscriber -> {
                writer.subscriber(subscriber);
                if (++count[0] % CHUNK == 0) {
                    written.accept(count[0]);
                }
            });
            return count[0];
        }
        return new Chunks(readers, filter).writeTo(writer, written);
    }

    /** The chunks in flight: claimed in order by the reading threads, handed to the writing one in the same order. */
    private static final class Chunks {
        private final List<Transaction> readers;
        private final SubscriberFilter filter;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private final Map<Integer, JsonRecords> ready = new HashMap<>();
        private long lastClaimedId = Long.MIN_VALUE;
        private int claimed;
        private int taken;
        private int total = -1; // known once a reader finds no more rows
        private Throwable failure;
        private boolean stopped;

        Chunks(List<Transaction> readers, SubscriberFilter filter) {
            this.readers = readers;
            this.filter = filter;
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
                    joinQuietly(thread);
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
                rethrow();
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
                        OptionalLong end = tx.subscribers().chunkEnd(filter, lastClaimedId, CHUNK);
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
                    JsonRecords chunk = tx.subscribers().jsonRecords(filter, after, upTo);
                    if (chunk == null || !com.newsdesk.io.JsonRecordBytes.settle(chunk.text(), chunk.count())) {
                        // a note or attributes, or rows out of order: the export's own writer writes them
                        List<Subscriber> subscribers = new ArrayList<>();
                        tx.subscribers().forEach(filter, after, upTo, subscribers::add);
                        chunk = new JsonRecords(NewsroomJsonWriter.subscriberRecords(subscribers), subscribers.size());
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

        private void rethrow() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
        }

        private static void joinQuietly(Thread thread) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
