package com.newsdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs disk and database work off the JavaFX thread and hands results back to it. ViewModel tests use
 * {@link #direct()}, which runs everything at once on the caller's thread.
 */
public final class BackgroundExecutor implements AutoCloseable {
    private final Executor workers;
    private final Executor uiThread;
    private final ExecutorService ownedPool;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final java.util.List<Runnable> whenIdle = new java.util.ArrayList<>(); // touched on the UI thread only
    private volatile Consumer<? super Throwable> failures = failure -> { };

    private BackgroundExecutor(Executor workers, Executor uiThread, ExecutorService ownedPool) {
        this.workers = workers;
        this.uiThread = uiThread;
        this.ownedPool = ownedPool;
    }

    /** Worker threads that hand results to {@code uiThread} (for JavaFX, {@code Platform::runLater}). */
    public static BackgroundExecutor withWorkers(Executor uiThread, int threads) {
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "newsdesk-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new BackgroundExecutor(pool, uiThread, pool);
    }

    /** Work on the given executor, results handed to the given UI thread: for tests that decide when work runs. */
    public static BackgroundExecutor using(Executor workers, Executor uiThread) {
        return new BackgroundExecutor(workers, uiThread, null);
    }

    /** Everything at once on the calling thread: for tests without a toolkit. */
    public static BackgroundExecutor direct() {
        return new BackgroundExecutor(Runnable::run, Runnable::run, null);
    }

    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        if (ownedPool != null && ownedPool.isShutdown()) {
            return; // closing: open editors were saved synchronously before, nothing else may start now
        }
        inFlight.incrementAndGet();
        workers.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                failures.accept(failure);
                uiThread.execute(() -> {
                    inFlight.decrementAndGet();
                    onFailure.accept(failure);
                    runIfIdle();
                });
                return;
            }
            uiThread.execute(() -> {
                inFlight.decrementAndGet();
                onSuccess.accept(result);
                runIfIdle();
            });
        });
    }

    /**
     * Runs {@code action} on the UI thread once no submitted work waits for its result (at once when none does):
     * what the first screen needs first, the rest after. Call on the UI thread.
     */
    public void whenIdle(Runnable action) {
        whenIdle.add(action);
        runIfIdle();
    }

    private void runIfIdle() {
        while (inFlight.get() == 0 && !whenIdle.isEmpty()) {
            whenIdle.remove(0).run();
        }
    }

    /** Whether no submitted work waits for its result to be handed over (on the UI thread: all shown). */
    public boolean isIdle() {
        return inFlight.get() == 0;
    }

    /**
     * Hears every failure of background work before its desk shows it (on the worker's thread): the window logs there
     * what nobody foresaw, so the details are kept while the person reads plain words.
     */
    public void observeFailures(Consumer<? super Throwable> observer) {
        failures = observer;
    }

    public void onUiThread(Runnable action) {
        uiThread.execute(action);
    }

    @Override
    public void close() {
        if (ownedPool != null) {
            ownedPool.shutdownNow();
        }
    }
}
