package com.newsdesk.service;

/** Thrown inside work the user cancelled; its transaction rolls back, so nothing of it remains. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled; nothing was changed.");
    }
}
