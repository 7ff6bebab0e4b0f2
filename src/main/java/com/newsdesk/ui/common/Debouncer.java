package com.newsdesk.ui.common;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action on the UI thread once things have been quiet for a while (autosave 2 s after the last keystroke).
 * Use it on the UI thread. {@link #manual()} never fires by itself: tests call {@link #flush()}.
 */
public final class Debouncer implements AutoCloseable {
    private final Duration delay;
    private final BackgroundExecutor executor;
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> scheduled;
    private Runnable pending;

    private Debouncer(Duration delay, BackgroundExecutor executor, ScheduledExecutorService timer) {
        this.delay = delay;
        this.executor = executor;
        this.timer = timer;
    }

    /** One timer thread serves every debouncer: an editor tab costs no thread of its own. */
    private static final ScheduledExecutorService SHARED_TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "newsdesk-debounce");
        thread.setDaemon(true);
        return thread;
    });

    public static Debouncer after(Duration delay, BackgroundExecutor executor) {
        return new Debouncer(delay, executor, SHARED_TIMER);
    }

    public static Debouncer manual() {
        return new Debouncer(Duration.ZERO, null, null);
    }

    public void schedule(Runnable action) {
        pending = action;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        if (timer != null) {
            scheduled = timer.schedule(() -> executor.onUiThread(this::flush), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Runs the pending action now, if any. */
    public void flush() {
        Runnable action = pending;
        pending = null;
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
        if (action != null) {
            action.run();
        }
    }

    public boolean isPending() {
        return pending != null;
    }

    /** Forgets what is pending without running it (the shared timer thread stays). */
    @Override
    public void close() {
        pending = null;
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
    }
}
