package com.newsdesk.ui.common;

import com.newsdesk.service.TaskMonitor;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The progress of one long task as JavaFX properties. The worker reports through {@link TaskMonitor}; updates reach
 * the JavaFX thread at most every 50 ms, so a million records do not flood it.
 */
public final class TaskProgress implements TaskMonitor {
    private static final long MIN_UPDATE_NANOS = 50_000_000L;

    private final String title;
    private final BackgroundExecutor executor;
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private volatile boolean cancelled;
    private long lastUpdate;

    public TaskProgress(String title, BackgroundExecutor executor) {
        this.title = title;
        this.executor = executor;
        message.set(title + "…");
    }

    public String title() { return title; }

    /** Done as a fraction from 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty fractionProperty() { return fraction.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public void cancel() {
        cancelled = true;
        executor.onUiThread(() -> message.set("Cancelling…"));
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void progress(long done, long total, String text) {
        long now = System.nanoTime();
        boolean finished = total > 0 && done >= total;
        if (!finished && now - lastUpdate < MIN_UPDATE_NANOS) {
            return;
        }
        lastUpdate = now;
        double value = total > 0 ? Math.min(1.0, (double) done / total) : -1;
        String shown = cancelled ? "Cancelling…" : text + (total > 0 ? String.format(" %d%%", Math.round(value * 100)) : "");
        executor.onUiThread(() -> {
            fraction.set(value);
            message.set(shown);
        });
    }
}
