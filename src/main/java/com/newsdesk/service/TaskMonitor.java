package com.newsdesk.service;

/** How long work reports its progress and learns that the user cancelled it. */
public interface TaskMonitor {
    TaskMonitor NONE = new TaskMonitor() {
        @Override public void progress(long done, long total, String message) { }

        @Override public boolean isCancelled() { return false; }
    };

    /** {@code total} is 0 when unknown. Called often: implementations throttle what they show. */
    void progress(long done, long total, String message);

    boolean isCancelled();

    /** Stops the work (and so rolls back its transaction) when the user has cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
