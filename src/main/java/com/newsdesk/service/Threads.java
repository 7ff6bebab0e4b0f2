package com.newsdesk.service;

/** Small helpers for the service's own worker threads. */
public final class Threads {
    private Threads() {}

    /**
     * Waits for the thread to end even when interrupted meanwhile (a worker must not outlive the work it served),
     * then keeps the interruption for the caller to see.
     */
    public static void joinUninterruptibly(Thread thread) {
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
