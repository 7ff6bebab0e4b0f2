package com.newsdesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Hands records from the thread that reads them (the one holding the database transaction) to a second thread that
 * encodes and writes them, a batch at a time: on two cores, reading and writing overlap. A bounded queue keeps
 * memory flat; a failure on either side stops both and is thrown from {@link #finish()} or {@link #accept}.
 */
public final class PipedWriter<T> implements AutoCloseable {
    private static final int BATCH = 1024;
    private static final List<Object> END = new ArrayList<>();

    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(8);
    private final Thread writer;
    private volatile Throwable failure;
    private List<T> batch = new ArrayList<>(BATCH);

    PipedWriter(Consumer<? super T> sink) {
        writer = new Thread(() -> {
            try {
                while (true) {
                    List<T> next = queue.take();
                    if (next == (Object) END) {
                        return;
                    }
                    next.forEach(sink);
                }
            } catch (Throwable e) {
                failure = e;
                queue.clear(); // unblocks the reader, which then sees the failure
            }
        }, "newsdesk-export-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Reads with {@code source} on this thread while {@code sink} writes on another; returns when all is written. */
    public static <T> void stream(Consumer<Consumer<? super T>> source, Consumer<? super T> sink) {
        try (PipedWriter<T> pipe = new PipedWriter<>(sink)) {
            source.accept(pipe::accept);
            pipe.finish();
        }
    }

    void accept(T item) {
        batch.add(item);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Writes what is left and waits for the writer; rethrows its failure. */
    @SuppressWarnings("unchecked")
    void finish() {
        if (!batch.isEmpty()) {
            put(batch);
            batch = new ArrayList<>();
        }
        put((List<T>) (Object) END);
        join();
        rethrow();
    }

    private void put(List<T> items) {
        rethrow();
        try {
            while (!queue.offer(items, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    private void join() {
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    private void rethrow() {
        rethrow(failure);
    }

    /** Throws another thread's failure on this one, unchecked as it was; nothing when there was none. */
    static void rethrow(Throwable failed) {
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
        if (failed != null) {
            throw new IllegalStateException(failed);
        }
    }

    /** Stops the writer when the reader failed (a cancel, an error): nothing more is written. */
    @Override
    public void close() {
        if (writer.isAlive()) {
            writer.interrupt();
            join();
        }
    }
}
